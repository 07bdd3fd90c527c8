import { api } from '../api';

export const chooseExternalUsers = /* @__PURE__ */ api('chooseExternalUsers', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.contact.externalComplexPicker',
});
