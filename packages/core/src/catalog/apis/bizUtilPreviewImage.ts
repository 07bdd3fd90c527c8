import type { RuleCheck } from '../../types';
import { api } from '../api';
import { oneOf } from '../choiceRules';
import { check, listOf, opt, texts } from '../rules';

/** One of the URLs previewed. */
const oneOfUrls: RuleCheck = check(
  { kind: 'memberOf', list: 'urls' },
  (v, p) => !!listOf(p.urls)?.includes(v),
);

export const bizUtilPreviewImage = /* @__PURE__ */ api('biz.util.previewImage', 'AIP~', '2.4.0 2.7.0 7.0.0', {
  rules: [
    ['urls', texts()],
    ['current', opt(oneOfUrls)],
    // Flags written as strings, as the clients take them.
    ['showRemoveButton', opt(oneOf('true', 'false'))],
    ['enableLongPress', opt(oneOf('true', 'false'))],
    ['showDownload', opt(oneOf('true', 'false'))],
  ],
});
