import { api } from '../api';

export const getSystemSettings = /* @__PURE__ */ api('getSystemSettings', 'AI', '4.6.36/6.3.15 - 7.0.0', {
  calls: 'device.base.openSystemSetting',
});
