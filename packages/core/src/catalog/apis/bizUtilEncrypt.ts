import { api } from '../api';

export const bizUtilEncrypt = /* @__PURE__ */ api('biz.util.encrypt', 'AI+', '2.9.1 3.0.0 7.0.0');
