import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.cspace.preview`: Previews a file stored in 钉盘.
 * `const { run, data, error, status, isPending, reset } = useCspacePreview(defaults?)`.
 */
export const useCspacePreview: ApiHook<'biz.cspace.preview'> = createApiHook('biz.cspace.preview');
