import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.customContact.choose`: Lets the person choose one of the given people.
 * `const { run, data, error, status, isPending, reset } = useCustomContactChoose(defaults?)`.
 */
export const useCustomContactChoose: ApiHook<'biz.customContact.choose'> =
  createApiHook('biz.customContact.choose');
