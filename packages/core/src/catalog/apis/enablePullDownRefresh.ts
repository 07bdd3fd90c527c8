import { api } from '../api';

export const enablePullDownRefresh = /* @__PURE__ */ api('enablePullDownRefresh', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'ui.pullToRefresh.enable',
});
