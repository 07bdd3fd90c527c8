import { api } from '../api';

export const bizTelephoneCheckBizCall = /* @__PURE__ */ api(
  'biz.telephone.checkBizCall',
  'AI+',
  '3.5.6 4.0.0 7.0.0',
);
