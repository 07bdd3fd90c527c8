import { api } from '../api';

export const addPhoneContact = /* @__PURE__ */ api('addPhoneContact', 'AI~', '7.0.0 - 7.0.0', {
  calls: 'biz.phoneContact.add',
});
