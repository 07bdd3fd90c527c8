import { api } from '../api';
import { anyText, opt, text } from '../rules';
import { mobileDefaults } from '../send';

export const deviceNotificationAlert = /* @__PURE__ */ api(
  'device.notification.alert',
  'AIP~',
  '2.4.0 2.5.0 7.0.0',
  {
    rules: [
      ['message', text],
      ['title', opt(anyText)],
      ['buttonName', opt(anyText)],
    ],
    send: mobileDefaults({ title: '', buttonName: '确定' }),
  },
);
