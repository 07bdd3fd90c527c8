import { api } from '../api';
import { anyText, opt } from '../rules';

export const bizNavigationQuit = /* @__PURE__ */ api('biz.navigation.quit', 'P', '- 2.5.0', {
  rules: [['message', opt(anyText)]],
});
