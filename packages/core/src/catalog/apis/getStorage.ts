import { api } from '../api';
import { text } from '../rules';

export const getStorage = /* @__PURE__ */ api('getStorage', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'util.domainStorage.getItem',
  rules: [['key', text]],
  send: (p) => ({ name: p.key }),
});
