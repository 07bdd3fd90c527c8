import { bizTelephoneQuickCallList } from '@dingkit/core/apis/bizTelephoneQuickCallList';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.telephone.quickCallList`: Offers the ways to call a colleague or a number; resolves with the chosen call type. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useQuickCallList(defaults?)`.
 */
export const useQuickCallList: ApiHook<'biz.telephone.quickCallList', 'corpId'> = createApiHook(
  bizTelephoneQuickCallList,
  'useQuickCallList',
  ['corpId'],
);
