import { api } from '../api';

export const getWifiHotspotStatus = /* @__PURE__ */ api('getWifiHotspotStatus', 'AIP+', '6.0.0 8.1.0 7.0.0', {
  calls: 'device.base.getInterface',
});
