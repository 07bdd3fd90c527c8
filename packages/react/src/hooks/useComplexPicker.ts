import { bizContactComplexPicker } from '@dingkit/core/apis/bizContactComplexPicker';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.complexPicker`: Lets the person choose people and departments. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useComplexPicker(defaults?)`.
 */
export const useComplexPicker: ApiHook<'biz.contact.complexPicker', 'corpId'> = createApiHook(
  bizContactComplexPicker,
  'useComplexPicker',
  ['corpId'],
);
