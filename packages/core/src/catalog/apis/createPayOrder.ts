import { api } from '../api';

export const createPayOrder = /* @__PURE__ */ api('createPayOrder', 'AI~', '8.0.0', {
  calls: 'biz.enterprise.createPayOrder',
});
