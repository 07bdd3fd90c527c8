import { api } from '../api';

export const deviceBaseGetInterface = /* @__PURE__ */ api(
  'device.base.getInterface',
  'AI+',
  '2.4.0 8.1.0 7.0.0',
);
