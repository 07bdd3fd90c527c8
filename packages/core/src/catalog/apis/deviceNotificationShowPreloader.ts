import { api } from '../api';

export const deviceNotificationShowPreloader = /* @__PURE__ */ api(
  'device.notification.showPreloader',
  'AI',
  '2.4.0 - 7.0.0',
);
