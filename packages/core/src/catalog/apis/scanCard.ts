import { api } from '../api';

export const scanCard = /* @__PURE__ */ api('scanCard', 'A+~', '6.0.0/- - 7.0.0', {
  calls: 'biz.util.scanCard',
});
