import { api } from '../api';

export const deviceAccelerometerWatchShake = /* @__PURE__ */ api(
  'device.accelerometer.watchShake',
  'AI~',
  '2.4.0 - 7.0.0',
);
