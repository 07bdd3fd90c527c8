import { bizContactExternalComplexPicker } from '@dingkit/core/apis/bizContactExternalComplexPicker';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.externalComplexPicker`: Lets the person choose external contacts (外部联系人). `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useExternalComplexPicker(defaults?)`.
 */
export const useExternalComplexPicker: ApiHook<'biz.contact.externalComplexPicker', 'corpId'> = createApiHook(
  bizContactExternalComplexPicker,
  'useExternalComplexPicker',
  ['corpId'],
);
