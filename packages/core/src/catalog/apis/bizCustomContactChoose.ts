import { api } from '../api';
import { flag } from '../choiceRules';
import { anyText, drawnFrom, opt, text, texts } from '../rules';
import { mobileDefaults } from '../send';

export const bizCustomContactChoose = /* @__PURE__ */ api(
  'biz.customContact.choose',
  'AIP+~',
  '2.5.2 3.0.0 7.0.0',
  {
    rules: [
      ['users', texts()],
      ['corpId', text],
      ['title', opt(anyText)],
      ['isShowCompanyName', opt(flag)],
      ['disabledUsers', opt(drawnFrom('users'))],
    ],
    send: mobileDefaults({ isShowCompanyName: false, max: 50 }),
  },
);
