import { api } from '../api';

export const bizNavigationSetMenu = /* @__PURE__ */ api('biz.navigation.setMenu', 'AI~', '2.6.0 - 7.0.0');
