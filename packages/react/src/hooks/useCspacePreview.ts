import { bizCspacePreview } from '@dingkit/core/apis/bizCspacePreview';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.cspace.preview`: Previews a file stored in 钉盘. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useCspacePreview(defaults?)`.
 */
export const useCspacePreview: ApiHook<'biz.cspace.preview', 'corpId'> = createApiHook(
  bizCspacePreview,
  'useCspacePreview',
  ['corpId'],
);
