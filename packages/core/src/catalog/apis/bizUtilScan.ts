import { api } from '../api';
import { oneOf } from '../choiceRules';
import { opt } from '../rules';

export const bizUtilScan = /* @__PURE__ */ api('biz.util.scan', 'AI~', '2.4.0 - 7.0.0', {
  rules: [['type', opt(oneOf('all', 'qrCode', 'barCode'))]],
});
