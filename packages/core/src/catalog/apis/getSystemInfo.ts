import { api } from '../api';

export const getSystemInfo = /* @__PURE__ */ api('getSystemInfo', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.base.getPhoneInfo',
});
