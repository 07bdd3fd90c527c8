import { api } from '../api';

export const hideLoading = /* @__PURE__ */ api('hideLoading', 'AIP', '7.0.10 7.0.10 7.0.0', {
  calls: 'device.notification.hidePreloader',
});
