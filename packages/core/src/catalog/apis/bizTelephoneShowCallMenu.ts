import { api } from '../api';

export const bizTelephoneShowCallMenu = /* @__PURE__ */ api(
  'biz.telephone.showCallMenu',
  'AI+~',
  '2.8.0 - 7.0.0',
);
