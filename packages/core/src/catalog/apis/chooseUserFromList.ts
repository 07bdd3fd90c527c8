import { api } from '../api';

export const chooseUserFromList = /* @__PURE__ */ api('chooseUserFromList', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.customContact.choose',
});
