import { api } from '../api';

export const getLocatingStatus = /* @__PURE__ */ api('getLocatingStatus', 'A', '6.0.0/- - 7.0.0', {
  calls: 'device.geolocation.status',
});
