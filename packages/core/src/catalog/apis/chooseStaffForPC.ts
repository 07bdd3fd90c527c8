import { api } from '../api';

export const chooseStaffForPC = /* @__PURE__ */ api('chooseStaffForPC', 'P+~', '- 6.0.0 7.0.0', {
  calls: 'biz.contact.choose',
});
