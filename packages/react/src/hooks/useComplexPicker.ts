import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.complexPicker`: Lets the person choose people and departments.
 * `const { run, data, error, status, isPending, reset } = useComplexPicker(defaults?)`.
 */
export const useComplexPicker: ApiHook<'biz.contact.complexPicker'> =
  createApiHook('biz.contact.complexPicker');
