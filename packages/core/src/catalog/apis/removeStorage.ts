import { api } from '../api';
import { text } from '../rules';

export const removeStorage = /* @__PURE__ */ api('removeStorage', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'util.domainStorage.removeItem',
  rules: [['key', text]],
  send: (p) => ({ name: p.key }),
});
