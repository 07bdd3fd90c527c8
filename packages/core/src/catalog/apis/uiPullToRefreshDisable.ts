import { api } from '../api';

export const uiPullToRefreshDisable = /* @__PURE__ */ api('ui.pullToRefresh.disable', 'AI', '2.4.0 - 7.0.0');
