import { api } from '../api';

export const bizMicroAppOpenApp = /* @__PURE__ */ api('biz.microApp.openApp', 'AI', '4.5.6 - 7.0.0');
