import { api } from '../api';
import { anyText, text } from '../rules';

export const setStorage = /* @__PURE__ */ api('setStorage', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'util.domainStorage.setItem',
  rules: [
    ['key', text],
    ['data', anyText],
  ],
  send: (p) => ({ name: p.key, value: p.data }),
});
