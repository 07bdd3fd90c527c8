import { api } from '../api';
import { oneOf } from '../choiceRules';
import { anyText, opt } from '../rules';
import { httpUrl } from '../urlRules';

export const bizUtilOpenModal = /* @__PURE__ */ api('biz.util.openModal', 'P~', '- 2.5.0 7.0.0', {
  rules: [
    ['size', opt(oneOf('middle', 'mini'))],
    ['url', httpUrl],
    ['title', opt(anyText)],
  ],
});
