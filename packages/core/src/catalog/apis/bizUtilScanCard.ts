import { api } from '../api';

export const bizUtilScanCard = /* @__PURE__ */ api('biz.util.scanCard', 'AI+~', '2.8.0 - 7.0.0');
