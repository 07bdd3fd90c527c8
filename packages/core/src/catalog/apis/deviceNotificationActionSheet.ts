import { api } from '../api';
import { anyText, opt, texts } from '../rules';

export const deviceNotificationActionSheet = /* @__PURE__ */ api(
  'device.notification.actionSheet',
  'AIP~',
  '2.4.0 3.0.0 7.0.0',
  {
    rules: [
      ['title', opt(anyText)],
      ['cancelButton', opt(anyText)],
      ['otherButtons', texts()],
    ],
  },
);
