import { api } from '../api';

export const bizNavigationSetIcon = /* @__PURE__ */ api('biz.navigation.setIcon', 'AI~', '2.4.0 - 7.0.0');
