import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.externalComplexPicker`: Lets the person choose external contacts (外部联系人).
 * `const { run, data, error, status, isPending, reset } = useExternalComplexPicker(defaults?)`.
 */
export const useExternalComplexPicker: ApiHook<'biz.contact.externalComplexPicker'> = createApiHook(
  'biz.contact.externalComplexPicker',
);
