import { api } from '../api';

export const deviceBaseGetWifiStatus = /* @__PURE__ */ api(
  'device.base.getWifiStatus',
  'AI',
  '2.11.0 - 7.0.0',
);
