import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.choose`: Lets the person choose colleagues; resolves with `{ name, avatar, emplId }` per person.
 * `const { run, data, error, status, isPending, reset } = useContactChoose(defaults?)`.
 */
export const useContactChoose: ApiHook<'biz.contact.choose'> = createApiHook('biz.contact.choose');
