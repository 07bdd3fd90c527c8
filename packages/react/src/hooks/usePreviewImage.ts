import { bizUtilPreviewImage } from '@dingkit/core/apis/bizUtilPreviewImage';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.previewImage`: Shows images full-size, starting at `current`.
 * `const { run, data, error, status, isPending, reset } = usePreviewImage(defaults?)`.
 */
export const usePreviewImage: ApiHook<'biz.util.previewImage'> = createApiHook(
  bizUtilPreviewImage,
  'usePreviewImage',
);
