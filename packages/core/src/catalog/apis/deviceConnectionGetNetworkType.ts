import { api } from '../api';

export const deviceConnectionGetNetworkType = /* @__PURE__ */ api(
  'device.connection.getNetworkType',
  'AI',
  '2.4.0 - 7.0.0',
);
