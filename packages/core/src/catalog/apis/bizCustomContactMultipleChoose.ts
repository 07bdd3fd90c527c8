import type { RuleCheck } from '../../types';
import { api } from '../api';
import { flag, positive } from '../choiceRules';
import { anyText, check, listOf, opt, text, texts } from '../rules';
import { mobileDefaults } from '../send';

/** An array of userids drawn from `users`. */
const fromUsers: RuleCheck = check(
  { kind: 'drawnFrom', list: 'users' },
  (v, p) => !!listOf(v)?.every((item) => listOf(p.users)?.includes(item)),
);

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
      ['selectedUsers', opt(fromUsers)],
      ['disabledUsers', opt(fromUsers)],
    ],
    send: mobileDefaults({ isShowCompanyName: false, max: 50 }, 'harmony'),
  },
);
