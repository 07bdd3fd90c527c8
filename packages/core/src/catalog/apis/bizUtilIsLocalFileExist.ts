import type { RuleCheck } from '../../types';
import { api } from '../api';
import { check, isObject, isText, listOf } from '../rules';

/** A non-empty array of `{ url }` with non-empty urls. */
const fileList: RuleCheck = check(
  { kind: 'fileList' },
  (v) => !!listOf(v)?.length && (v as unknown[]).every((i) => isObject(i) && isText(i.url)),
);

export const bizUtilIsLocalFileExist = /* @__PURE__ */ api('biz.util.isLocalFileExist', 'P', '- 2.5.0', {
  rules: [['params', fileList]],
});
