import { api } from '../api';

export const uiPullToRefreshStop = /* @__PURE__ */ api('ui.pullToRefresh.stop', 'AI', '2.4.0 - 7.0.0');
