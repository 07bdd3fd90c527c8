import { bizCustomContactChoose } from '@dingkit/core/apis/bizCustomContactChoose';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.customContact.choose`: Lets the person choose one of the given people. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useCustomContactChoose(defaults?)`.
 */
export const useCustomContactChoose: ApiHook<'biz.customContact.choose', 'corpId'> = createApiHook(
  bizCustomContactChoose,
  'useCustomContactChoose',
  ['corpId'],
);
