import { api } from '../api';

export const bizAlipayPay = /* @__PURE__ */ api('biz.alipay.pay', 'AI+~', '2.8.0 - 7.0.0');
