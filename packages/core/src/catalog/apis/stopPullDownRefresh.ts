import { api } from '../api';

export const stopPullDownRefresh = /* @__PURE__ */ api('stopPullDownRefresh', 'AI', '6.0.0 - 7.0.0', {
  calls: 'ui.pullToRefresh.stop',
});
