import { api } from '../api';

export const getAuthInfo = /* @__PURE__ */ api('getAuthInfo', 'AIP', '7.5.26 7.5.26 7.0.0', {
  calls: 'runtime.permission.getAuthInfo',
});
