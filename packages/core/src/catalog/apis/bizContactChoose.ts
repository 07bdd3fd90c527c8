import { api } from '../api';
import { flag, range } from '../choiceRules';
import { opt, text, texts } from '../rules';
import { mobileDefaults } from '../send';

export const bizContactChoose = /* @__PURE__ */ api('biz.contact.choose', 'P+~', '2.4.0 2.5.0 7.0.0', {
  rules: [
    ['corpId', text],
    ['multiple', opt(flag)],
    ['users', opt(texts(0))],
    ['max', opt(range(1, 1500, { integer: true }))],
  ],
  send: mobileDefaults({ multiple: true, startWithDepartmentId: 0, users: [] }),
});
