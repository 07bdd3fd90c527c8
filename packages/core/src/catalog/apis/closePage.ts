import { api } from '../api';

export const closePage = /* @__PURE__ */ api('closePage', 'AI', '6.0.0 - 7.0.0', {
  calls: 'biz.navigation.close',
});
