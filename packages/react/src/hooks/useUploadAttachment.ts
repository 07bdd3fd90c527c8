import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.uploadAttachment`: Uploads files to 钉盘 or picks files from it.
 * `const { run, data, error, status, isPending, reset } = useUploadAttachment(defaults?)`.
 */
export const useUploadAttachment: ApiHook<'biz.util.uploadAttachment'> =
  createApiHook('biz.util.uploadAttachment');
