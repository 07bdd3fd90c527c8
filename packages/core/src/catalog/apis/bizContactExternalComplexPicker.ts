import { api } from '../api';
import { pickerRules } from '../pickerRules';

export const bizContactExternalComplexPicker = /* @__PURE__ */ api(
  'biz.contact.externalComplexPicker',
  'P+~',
  '3.0 3.0.0 7.0.0',
  { rules: pickerRules('maxUsers', 'pickedUsers', 'disabledUsers', 'requiredUsers') },
);
