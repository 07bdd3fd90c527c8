import { api } from '../api';
import { pickerRules } from '../pickerRules';

export const bizContactComplexPicker = /* @__PURE__ */ api(
  'biz.contact.complexPicker',
  'AIP+~',
  '2.9.0 4.3.5 7.0.0',
  {
    rules: pickerRules(
      'maxUsers',
      'pickedUsers',
      'pickedDepartments',
      'disabledUsers',
      'disabledDepartments',
      'requiredUsers',
      'requiredDepartments',
    ),
  },
);
