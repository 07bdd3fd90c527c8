import { api } from '../api';

export const getDingerDeviceStatus = /* @__PURE__ */ api('getDingerDeviceStatus', 'AI', '8.2.15 - 8.0.28', {
  calls: 'biz.dinger.getDingerDeviceStatus',
});
