import { api } from '../api';

export const hideToast = /* @__PURE__ */ api('hideToast', 'AIP', '7.0.10 7.0.10 7.0.0', {
  calls: 'device.notification.hideToast',
});
