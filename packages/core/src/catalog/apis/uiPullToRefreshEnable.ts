import { api } from '../api';

export const uiPullToRefreshEnable = /* @__PURE__ */ api('ui.pullToRefresh.enable', 'AI~', '2.4.0 - 7.0.0');
