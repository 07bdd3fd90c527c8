import { api } from '../api';

export const startLocating = /* @__PURE__ */ api('startLocating', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.geolocation.start',
});
