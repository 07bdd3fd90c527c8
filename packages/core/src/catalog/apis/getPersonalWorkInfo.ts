import { api } from '../api';

export const getPersonalWorkInfo = /* @__PURE__ */ api('getPersonalWorkInfo', 'AIP', '8.2.15 8.2.15', {
  calls: 'biz.user.get',
});
