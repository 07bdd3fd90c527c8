import { bizUtilOpen } from '@dingkit/core/apis/bizUtilOpen';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.open`: Opens a DingTalk page; on PC only `name: 'profile'` (a person's profile). `params.corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useOpenPage(defaults?)`.
 */
export const useOpenPage: ApiHook<'biz.util.open', 'params.corpId'> = createApiHook(
  bizUtilOpen,
  'useOpenPage',
  ['params.corpId'],
);
