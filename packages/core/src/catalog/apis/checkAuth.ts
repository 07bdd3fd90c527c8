import { api } from '../api';

export const checkAuth = /* @__PURE__ */ api('checkAuth', 'AI', '7.0.0 - 7.0.0', {
  calls: 'biz.util.checkAuth',
});
