import { api } from '../api';

export const bizNavigationGoBack = /* @__PURE__ */ api('biz.navigation.goBack', 'AI', '2.6.0 - 7.0.0');
