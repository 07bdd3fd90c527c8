import { api } from '../api';
import { flag, positive } from '../choiceRules';
import { opt } from '../rules';
import { mobileDefaults } from '../send';

export const bizUtilUploadImage = /* @__PURE__ */ api('biz.util.uploadImage', 'AIP~', '2.4.0 2.5.0 7.0.0', {
  rules: [
    ['multiple', opt(flag)],
    ['max', opt(positive)],
  ],
  send: mobileDefaults({ multiple: false }),
});
