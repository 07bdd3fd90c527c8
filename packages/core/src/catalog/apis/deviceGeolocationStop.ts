import { api } from '../api';

export const deviceGeolocationStop = /* @__PURE__ */ api('device.geolocation.stop', 'AI+', '3.4.7 - 7.0.0');
