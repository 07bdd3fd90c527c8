import { api } from '../api';

export const deviceNotificationExtendModal = /* @__PURE__ */ api(
  'device.notification.extendModal',
  'AI~',
  '2.5.0 - 7.0.0',
);
