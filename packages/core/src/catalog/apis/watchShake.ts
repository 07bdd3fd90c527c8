import { api } from '../api';

export const watchShake = /* @__PURE__ */ api('watchShake', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'device.accelerometer.watchShake',
  // A watch, as dingtalk-jsapi sends it; iOS with its fixed sensitivity.
  send: (p, platform) =>
    platform === 'ios'
      ? { ...p, watch: true, sensitivity: 3.2 }
      : platform === 'android'
        ? { ...p, watch: true }
        : p,
});
