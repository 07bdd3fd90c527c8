import { api } from '../api';

export const bizNavigationSetRight = /* @__PURE__ */ api('biz.navigation.setRight', 'AI~', '2.4.0 - 7.0.0');
