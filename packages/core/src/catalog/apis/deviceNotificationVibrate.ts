import { api } from '../api';

export const deviceNotificationVibrate = /* @__PURE__ */ api(
  'device.notification.vibrate',
  'AI',
  '2.4.0 - 7.0.0',
);
