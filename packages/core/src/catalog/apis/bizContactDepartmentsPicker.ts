import { api } from '../api';
import { pickerRules } from '../pickerRules';

export const bizContactDepartmentsPicker = /* @__PURE__ */ api(
  'biz.contact.departmentsPicker',
  'AIP+~',
  '3.0 4.2.5 7.0.0',
  {
    rules: pickerRules('maxDepartments', 'pickedDepartments', 'disabledDepartments', 'requiredDepartments'),
  },
);
