import { api } from '../api';

export const bizNavigationClose = /* @__PURE__ */ api('biz.navigation.close', 'AI', '2.4.0 4.3.5 7.0.0');
