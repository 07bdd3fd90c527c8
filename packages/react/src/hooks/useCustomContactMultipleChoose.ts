import { bizCustomContactMultipleChoose } from '@dingkit/core/apis/bizCustomContactMultipleChoose';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.customContact.multipleChoose`: Lets the person choose several of the given people. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useCustomContactMultipleChoose(defaults?)`.
 */
export const useCustomContactMultipleChoose: ApiHook<'biz.customContact.multipleChoose', 'corpId'> =
  createApiHook(bizCustomContactMultipleChoose, 'useCustomContactMultipleChoose', ['corpId']);
