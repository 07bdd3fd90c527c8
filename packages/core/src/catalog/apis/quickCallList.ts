import { api } from '../api';

export const quickCallList = /* @__PURE__ */ api('quickCallList', 'AP+~', '6.0.0/- 6.0.0 7.0.0', {
  calls: 'biz.telephone.quickCallList',
});
