import { api } from '../api';

export const vibrate = /* @__PURE__ */ api('vibrate', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.notification.vibrate',
});
