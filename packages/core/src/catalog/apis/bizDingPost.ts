import { api } from '../api';
import { oneOf } from '../choiceRules';
import { attachmentRules, dateFields } from '../dingRules';
import { anyText, text, texts } from '../rules';

export const bizDingPost = /* @__PURE__ */ api('biz.ding.post', 'P+~', '2.4.0 3.0.0 7.0.0', {
  rules: [
    ['users', texts()],
    ['corpId', text],
    ['type', oneOf(1, 2)],
    ['alertType', oneOf(0, 1, 2)],
    ...dateFields('alertDate'),
    ['text', anyText],
    ...attachmentRules,
  ],
});
