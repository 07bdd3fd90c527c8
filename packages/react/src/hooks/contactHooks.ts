// The hook table (see apiHooks.ts): people and departments.
import { bizContactChoose } from '@dingkit/core/apis/bizContactChoose';
import { bizContactComplexPicker } from '@dingkit/core/apis/bizContactComplexPicker';
import { bizContactDepartmentsPicker } from '@dingkit/core/apis/bizContactDepartmentsPicker';
import { bizContactExternalComplexPicker } from '@dingkit/core/apis/bizContactExternalComplexPicker';
import { bizContactExternalEditForm } from '@dingkit/core/apis/bizContactExternalEditForm';
import { bizCustomContactChoose } from '@dingkit/core/apis/bizCustomContactChoose';
import { bizCustomContactMultipleChoose } from '@dingkit/core/apis/bizCustomContactMultipleChoose';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * Lets the person choose colleagues from the organisation; resolves with the chosen people.
 * 选人：从企业通讯录中选择同事，返回所选人员。
 */
export const useContactChoose: ApiHook<'biz.contact.choose', 'corpId'> = createApiHook(
  bizContactChoose,
  'useContactChoose',
  ['corpId'],
);

/**
 * Lets the person choose one of the given people.
 * 自定义联系人单选：从给定的人中选一人。
 */
export const useCustomContactChoose: ApiHook<'biz.customContact.choose', 'corpId'> = createApiHook(
  bizCustomContactChoose,
  'useCustomContactChoose',
  ['corpId'],
);

/**
 * Lets the person choose several of the given people.
 * 自定义联系人多选：从给定的人中选多人。
 */
export const useCustomContactMultipleChoose: ApiHook<'biz.customContact.multipleChoose', 'corpId'> =
  createApiHook(bizCustomContactMultipleChoose, 'useCustomContactMultipleChoose', ['corpId']);

/**
 * Lets the person choose people and departments; resolves with `{ selectedCount, users, departments }`.
 * 选人与部门：返回 `{ selectedCount, users, departments }`。
 */
export const useComplexPicker: ApiHook<'biz.contact.complexPicker', 'corpId'> = createApiHook(
  bizContactComplexPicker,
  'useComplexPicker',
  ['corpId'],
);

/**
 * Lets the person choose departments; resolves with `{ userCount, departments, departmentsCount }`.
 * 选部门：返回 `{ userCount, departments, departmentsCount }`。
 */
export const useDepartmentsPicker: ApiHook<'biz.contact.departmentsPicker', 'corpId'> = createApiHook(
  bizContactDepartmentsPicker,
  'useDepartmentsPicker',
  ['corpId'],
);

/**
 * Lets the person choose external contacts.
 * 选外部联系人。
 */
export const useExternalComplexPicker: ApiHook<'biz.contact.externalComplexPicker', 'corpId'> = createApiHook(
  bizContactExternalComplexPicker,
  'useExternalComplexPicker',
  ['corpId'],
);

/**
 * Opens the form to add or edit an external contact; resolves with the contact as saved.
 * 新增或编辑外部联系人，返回保存后的联系人。
 */
export const useExternalEditForm: ApiHook<'biz.contact.externalEditForm', 'corpId'> = createApiHook(
  bizContactExternalEditForm,
  'useExternalEditForm',
  ['corpId'],
);
