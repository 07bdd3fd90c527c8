import { api } from '../api';
import { dialogRules, withButtonLabels } from '../dialog';

export const deviceNotificationConfirm = /* @__PURE__ */ api(
  'device.notification.confirm',
  'AIP~',
  '2.4.0 2.5.0 7.0.0',
  { rules: dialogRules, send: withButtonLabels('harmony') },
);
