import { api } from '../api';

export const deviceGeolocationStart = /* @__PURE__ */ api('device.geolocation.start', 'AI+', '3.4.7 - 7.0.0');
