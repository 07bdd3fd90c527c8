import { api } from '../api';

export const openPageInMicroApp = /* @__PURE__ */ api('openPageInMicroApp', 'AIP+', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.util.open',
});
