import { api } from '../api';

export const replacePage = /* @__PURE__ */ api('replacePage', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.navigation.replace',
});
