import { api } from '../api';

export const navigateToPage = /* @__PURE__ */ api('navigateToPage', 'AIP~', '6.5.45 7.0.0 7.0.0', {
  calls: 'biz.navigation.navigateToPage',
});
