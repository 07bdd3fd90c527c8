import { api } from '../api';

export const getWifiStatus = /* @__PURE__ */ api('getWifiStatus', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.base.getWifiStatus',
});
