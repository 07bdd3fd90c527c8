import { api } from '../api';

export const goBackPage = /* @__PURE__ */ api('goBackPage', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.navigation.goBack',
});
