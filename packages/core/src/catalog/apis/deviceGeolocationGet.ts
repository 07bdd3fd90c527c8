import { api } from '../api';

export const deviceGeolocationGet = /* @__PURE__ */ api('device.geolocation.get', 'AI+', '2.4.0 - 7.0.0');
