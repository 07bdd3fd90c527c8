import { api } from '../api';

export const callUsers = /* @__PURE__ */ api('callUsers', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.telephone.call',
});
