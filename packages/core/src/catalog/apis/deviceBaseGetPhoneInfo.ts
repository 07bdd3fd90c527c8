import { api } from '../api';

export const deviceBaseGetPhoneInfo = /* @__PURE__ */ api('device.base.getPhoneInfo', 'AI', '3.5.0 - 7.0.0');
