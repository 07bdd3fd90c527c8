import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.departmentsPicker`: Lets the person choose departments.
 * `const { run, data, error, status, isPending, reset } = useDepartmentsPicker(defaults?)`.
 */
export const useDepartmentsPicker: ApiHook<'biz.contact.departmentsPicker'> = createApiHook(
  'biz.contact.departmentsPicker',
);
