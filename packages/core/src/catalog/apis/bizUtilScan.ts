import { api } from '../api';

export const bizUtilScan = /* @__PURE__ */ api('biz.util.scan', 'AI~', '2.4.0 - 7.0.0');
