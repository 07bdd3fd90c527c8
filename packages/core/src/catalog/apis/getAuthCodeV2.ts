import { api } from '../api';

export const getAuthCodeV2 = /* @__PURE__ */ api('getAuthCodeV2', 'AIP', '7.0.45 7.0.50 7.0.0', {
  calls: 'runtime.permission.requestAuthCodeV2',
});
