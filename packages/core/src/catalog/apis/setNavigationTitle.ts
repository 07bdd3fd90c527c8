import { api } from '../api';

export const setNavigationTitle = /* @__PURE__ */ api('setNavigationTitle', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.navigation.setTitle',
});
