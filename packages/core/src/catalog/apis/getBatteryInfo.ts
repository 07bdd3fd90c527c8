import { api } from '../api';

export const getBatteryInfo = /* @__PURE__ */ api('getBatteryInfo', 'AI', '6.5.60 - 7.0.0', {
  calls: 'device.base.getBatteryInfo',
});
