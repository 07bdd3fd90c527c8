import { api } from '../api';

export const bizContactChooseMobileContacts = /* @__PURE__ */ api(
  'biz.contact.chooseMobileContacts',
  'AI+~',
  '3.1 - 7.0.0',
);
