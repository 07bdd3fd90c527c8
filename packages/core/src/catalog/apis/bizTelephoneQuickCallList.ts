import type { RuleCheck } from '../../types';
import { api } from '../api';
import { anyText, check, listOf, opt, text } from '../rules';

/** A non-empty array of call type numbers. */
const callTypes: RuleCheck = check(
  { kind: 'callTypes' },
  (v) => !!listOf(v)?.length && (v as unknown[]).every(Number.isInteger),
);

export const bizTelephoneQuickCallList = /* @__PURE__ */ api(
  'biz.telephone.quickCallList',
  'AIP+~',
  '3.5.6 3.5.6 7.0.0',
  {
    rules: [
      ['corpId', text],
      ['title', anyText],
      ['content', anyText],
      ['typeList', callTypes],
      ['staffId', opt(text)],
      ['phoneNumber', opt(text)],
    ],
  },
);
