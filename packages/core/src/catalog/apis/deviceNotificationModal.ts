import { api } from '../api';

export const deviceNotificationModal = /* @__PURE__ */ api(
  'device.notification.modal',
  'AI~',
  '2.4.0 4.2.5 7.0.0',
);
