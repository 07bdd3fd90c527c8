import { api } from '../api';

export const bizTelephoneCall = /* @__PURE__ */ api('biz.telephone.call', 'AI+~', '2.4.0 - 7.0.0');
