import { bizContactDepartmentsPicker } from '@dingkit/core/apis/bizContactDepartmentsPicker';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.departmentsPicker`: Lets the person choose departments. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useDepartmentsPicker(defaults?)`.
 */
export const useDepartmentsPicker: ApiHook<'biz.contact.departmentsPicker', 'corpId'> = createApiHook(
  bizContactDepartmentsPicker,
  'useDepartmentsPicker',
  ['corpId'],
);
