import { api } from '../api';

export const showAuthGuide = /* @__PURE__ */ api('showAuthGuide', 'AI~', '7.0.10 - 7.0.0', {
  calls: 'biz.util.showAuthGuide',
});
