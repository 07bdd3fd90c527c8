import { api } from '../api';

export const chooseOrg = /* @__PURE__ */ api('chooseOrg', 'AI~', '6.5.45 - 7.0.0', {
  calls: 'biz.contact.chooseOrg',
});
