import { api } from '../api';
import { positive } from '../choiceRules';
import { opt } from '../rules';

export const bizUtilChooseImage = /* @__PURE__ */ api('biz.util.chooseImage', 'AI~', '5.1.1 - 7.0.0', {
  rules: [['count', opt(positive)]],
});
