import { api } from '../api';
import { flag, positive } from '../choiceRules';
import { anyText, drawnFrom, opt, text, texts } from '../rules';
import { mobileDefaults } from '../send';

export const bizCustomContactMultipleChoose = /* @__PURE__ */ api(
  'biz.customContact.multipleChoose',
  'AIP+~',
  '2.4.0 3.0.0 7.0.0',
  {
    rules: [
      ['users', texts()],
      ['corpId', text],
      ['title', opt(anyText)],
      ['isShowCompanyName', opt(flag)],
      ['max', opt(positive)],
      ['selectedUsers', opt(drawnFrom('users'))],
      ['disabledUsers', opt(drawnFrom('users'))],
    ],
    send: mobileDefaults({ isShowCompanyName: false, max: 50 }, 'harmony'),
  },
);
