import { api } from '../api';

export const setNavigationLeft = /* @__PURE__ */ api('setNavigationLeft', 'AIP~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.navigation.setLeft',
});
