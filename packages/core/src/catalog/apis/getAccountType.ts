import { api } from '../api';

export const getAccountType = /* @__PURE__ */ api('getAccountType', 'AIP', '7.8.5 7.8.5', {
  calls: 'biz.i18n.getAccountType',
});
