import { bizUtilUploadImage } from '@dingkit/core/apis/bizUtilUploadImage';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.uploadImage`: Lets the person choose images and uploads them; resolves with their URLs.
 * `const { run, data, error, status, isPending, reset } = useUploadImage(defaults?)`.
 */
export const useUploadImage: ApiHook<'biz.util.uploadImage'> = createApiHook(
  bizUtilUploadImage,
  'useUploadImage',
);
