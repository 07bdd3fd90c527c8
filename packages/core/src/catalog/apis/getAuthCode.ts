import { api } from '../api';

export const getAuthCode = /* @__PURE__ */ api('getAuthCode', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'runtime.permission.requestAuthCode',
});
