import { api } from '../api';

export const setNavigationIcon = /* @__PURE__ */ api('setNavigationIcon', 'AIP~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.navigation.setIcon',
});
