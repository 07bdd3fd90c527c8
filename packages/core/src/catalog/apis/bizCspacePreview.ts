import type { RuleCheck } from '../../types';
import { api } from '../api';
import { oneOf } from '../choiceRules';
import { check, opt, text } from '../rules';

/** A whole number of bytes. */
const bytes: RuleCheck = check({ kind: 'bytes' }, (v) => Number.isInteger(v) && (v as number) >= 0);

export const bizCspacePreview = /* @__PURE__ */ api('biz.cspace.preview', 'AIP+~', '2.7.0 3.0.0 7.0.0', {
  rules: [
    ['corpId', text],
    ['spaceId', text],
    ['fileId', text],
    ['fileName', text],
    ['fileType', text],
    ['fileSize', bytes],
    ['mode', opt(oneOf('safe', 'normal', 'edit', 'revise', 'restrict'))],
  ],
});
