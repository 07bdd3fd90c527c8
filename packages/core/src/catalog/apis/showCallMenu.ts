import { api } from '../api';

export const showCallMenu = /* @__PURE__ */ api('showCallMenu', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.telephone.showCallMenu',
});
