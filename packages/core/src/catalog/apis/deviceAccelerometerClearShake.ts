import { api } from '../api';

export const deviceAccelerometerClearShake = /* @__PURE__ */ api(
  'device.accelerometer.clearShake',
  'AI',
  '2.4.0 - 7.0.0',
);
