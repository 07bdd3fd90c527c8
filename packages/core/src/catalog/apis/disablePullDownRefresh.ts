import { api } from '../api';

export const disablePullDownRefresh = /* @__PURE__ */ api('disablePullDownRefresh', 'A', '6.0.0/- - 7.0.0', {
  calls: 'ui.pullToRefresh.disable',
});
