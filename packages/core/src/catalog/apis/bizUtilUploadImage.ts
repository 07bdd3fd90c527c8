import { api } from '../api';
import { flag, oneOf, positive, range } from '../choiceRules';
import { opt } from '../rules';
import { mobileDefaults } from '../send';

export const bizUtilUploadImage = /* @__PURE__ */ api('biz.util.uploadImage', 'AIP~', '2.4.0 2.5.0 7.0.0', {
  rules: [
    ['multiple', opt(flag)],
    ['max', opt(positive)],
    ['compression', opt(flag)],
    ['quality', opt(range(0, 100, { integer: true }))],
    ['resize', opt(range(0, 100, { integer: true }))],
    // 1 STRICT_AUTH, 4 TEMP_AUTH, 6 CDN_ONLY.
    ['authType', opt(oneOf(1, 4, 6))],
  ],
  send: mobileDefaults({ multiple: false }),
});
