import { api } from '../api';

export const deviceBaseGetUUID = /* @__PURE__ */ api('device.base.getUUID', 'AI+', '2.4.0 4.7.6 7.0.0');
