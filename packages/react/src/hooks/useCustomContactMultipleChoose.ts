import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.customContact.multipleChoose`: Lets the person choose several of the given people.
 * `const { run, data, error, status, isPending, reset } = useCustomContactMultipleChoose(defaults?)`.
 */
export const useCustomContactMultipleChoose: ApiHook<'biz.customContact.multipleChoose'> = createApiHook(
  'biz.customContact.multipleChoose',
);
