import { api } from '../api';
import { anyText, opt } from '../rules';
import { url } from '../urlRules';

export const bizUtilOpenSlidePanel = /* @__PURE__ */ api('biz.util.openSlidePanel', 'P~', '- 2.5.0', {
  rules: [
    ['url', url],
    ['title', opt(anyText)],
  ],
});
