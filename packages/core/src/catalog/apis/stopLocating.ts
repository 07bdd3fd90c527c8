import { api } from '../api';

export const stopLocating = /* @__PURE__ */ api('stopLocating', 'A+', '6.0.0/- - 7.0.0', {
  calls: 'device.geolocation.stop',
});
