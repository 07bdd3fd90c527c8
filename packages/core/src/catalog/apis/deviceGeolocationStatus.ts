import { api } from '../api';

export const deviceGeolocationStatus = /* @__PURE__ */ api(
  'device.geolocation.status',
  'AI',
  '3.4.8 - 7.0.0',
);
