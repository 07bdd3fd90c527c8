import { api } from '../api';

export const editExternalUser = /* @__PURE__ */ api('editExternalUser', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.contact.externalEditForm',
});
