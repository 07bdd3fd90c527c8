import { api } from '../api';

export const openMicroApp = /* @__PURE__ */ api('openMicroApp', 'AI', '6.0.0 - 7.0.0', {
  calls: 'biz.microApp.openApp',
});
