import { api } from '../api';

export const navigateBackPage = /* @__PURE__ */ api('navigateBackPage', 'AIP~', '6.5.45 6.0.0 7.0.0', {
  calls: 'biz.navigation.navigateBackPage',
});
