import { api } from '../api';

export const requestMoneySubmmitOrder = /* @__PURE__ */ api(
  'requestMoneySubmmitOrder',
  'AI~',
  '7.1.5 - 7.0.0',
  { calls: 'biz.requestMoney.startSubmittingOrder' },
);
