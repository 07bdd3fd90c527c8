import { api } from '../api';

export const clearShake = /* @__PURE__ */ api('clearShake', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.accelerometer.clearShake',
});
