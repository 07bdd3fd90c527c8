import { api } from '../api';

export const choosePhonebook = /* @__PURE__ */ api('choosePhonebook', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.contact.chooseMobileContacts',
});
