import { api } from '../api';
import { oneOf, positive } from '../choiceRules';
import { opt, text } from '../rules';

export const showToast = /* @__PURE__ */ api('showToast', 'AIP', '7.0.10 7.0.10 7.0.0', {
  calls: 'device.notification.toast',
  rules: [
    ['type', oneOf('success', 'error')],
    ['content', text],
    ['duration', opt(positive)],
  ],
  // The newer name takes milliseconds, device.notification.toast seconds (3 when left out).
  send: (p) => ({
    icon: p.type,
    text: p.content,
    duration: typeof p.duration === 'number' ? p.duration / 1000 : 3,
  }),
});
