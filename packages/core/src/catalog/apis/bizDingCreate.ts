import { api } from '../api';
import { oneOf } from '../choiceRules';
import { attachmentRules, dateFields, rulesWhen } from '../dingRules';
import { anyText, opt, text, texts } from '../rules';

export const bizDingCreate = /* @__PURE__ */ api('biz.ding.create', 'AIP+~', '3.5.1 4.5.9 7.0.0', {
  rules: [
    ['users', texts()],
    ['corpId', text],
    ['type', opt(oneOf(1, 2))],
    ['alertType', opt(oneOf(0, 1, 2))],
    ['bizType', opt(oneOf(0, 1, 2))],
    ...rulesWhen((p) => p.alertDate !== undefined, dateFields('alertDate')),
    ...rulesWhen((p) => p.attachment !== undefined, attachmentRules),
    ['text', opt(anyText)],
  ],
});
