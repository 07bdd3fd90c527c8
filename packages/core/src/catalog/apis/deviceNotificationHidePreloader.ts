import { api } from '../api';

export const deviceNotificationHidePreloader = /* @__PURE__ */ api(
  'device.notification.hidePreloader',
  'AI',
  '2.4.0 - 7.0.0',
);
