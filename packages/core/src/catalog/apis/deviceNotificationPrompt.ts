import { api } from '../api';
import { dialogRules, withButtonLabels } from '../dialog';

export const deviceNotificationPrompt = /* @__PURE__ */ api(
  'device.notification.prompt',
  'AIP~',
  '2.4.0 2.7.0 7.0.0',
  { rules: dialogRules, send: withButtonLabels() },
);
