import { api } from '../api';

export const bizNavigationReplace = /* @__PURE__ */ api('biz.navigation.replace', 'AI', '3.4.6 - 7.0.0');
