import { api } from '../api';

export const requestAuthCode = /* @__PURE__ */ api('requestAuthCode', 'AIP', '7.0.45 7.0.50 7.0.0', {
  calls: 'runtime.permission.requestAuthCodeV2',
});
