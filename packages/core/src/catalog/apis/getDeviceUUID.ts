import { api } from '../api';

export const getDeviceUUID = /* @__PURE__ */ api('getDeviceUUID', 'A+', '6.0.0/- - 7.0.0', {
  calls: 'device.base.getUUID',
});
