import { api } from '../api';

export const getDeviceId = /* @__PURE__ */ api('getDeviceId', 'A', '7.5.30/- - 7.0.0', {
  calls: 'device.base.getDeviceId',
});
