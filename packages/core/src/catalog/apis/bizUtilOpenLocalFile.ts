import { api } from '../api';
import { text } from '../rules';

export const bizUtilOpenLocalFile = /* @__PURE__ */ api('biz.util.openLocalFile', 'P', '- 2.5.0', {
  rules: [['url', text]],
});
