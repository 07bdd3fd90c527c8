import { bizContactChoose } from '@dingkit/core/apis/bizContactChoose';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.choose`: Lets the person choose colleagues; resolves with `{ name, avatar, emplId }` per person. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useContactChoose(defaults?)`.
 */
export const useContactChoose: ApiHook<'biz.contact.choose', 'corpId'> = createApiHook(
  bizContactChoose,
  'useContactChoose',
  ['corpId'],
);
