import { api } from '../api';

export const getLocation = /* @__PURE__ */ api('getLocation', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.geolocation.get',
});
