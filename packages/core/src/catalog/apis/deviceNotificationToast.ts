import { api } from '../api';
import { oneOf, range } from '../choiceRules';
import { opt, text } from '../rules';
import { mobileDefaults } from '../send';

export const deviceNotificationToast = /* @__PURE__ */ api(
  'device.notification.toast',
  'AIP',
  '2.4.0 2.5.0 7.0.0',
  {
    rules: [
      ['type', opt(oneOf('alert', 'success', 'error', 'warning', 'information', 'confirm'))],
      ['icon', opt(oneOf('success', 'error'))],
      ['text', text],
      ['duration', opt(range(2, 5, { unit: 'second' }))],
      ['delay', opt(range(0, 10, { unit: 'second' }))],
    ],
    send: mobileDefaults({ duration: 3, delay: 0 }),
  },
);
