import { api } from '../api';
import { oneOf } from '../choiceRules';
import { text } from '../rules';

export const bizUtilOpen = /* @__PURE__ */ api('biz.util.open', 'AIP+', '2.4.0 2.7.0 7.0.0', {
  rules: [
    ['name', oneOf('profile')],
    ['params.id', text],
    ['params.corpId', text],
  ],
});
