import { bizUtilUploadAttachment } from '@dingkit/core/apis/bizUtilUploadAttachment';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.uploadAttachment`: Uploads files to 钉盘 or picks files from it. `space.corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useUploadAttachment(defaults?)`.
 */
export const useUploadAttachment: ApiHook<'biz.util.uploadAttachment', 'space.corpId'> = createApiHook(
  bizUtilUploadAttachment,
  'useUploadAttachment',
  ['space.corpId'],
);
