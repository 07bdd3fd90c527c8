import { api } from '../api';
import { mobileDefaults } from '../send';
import { url } from '../urlRules';

export const bizUtilOpenLink = /* @__PURE__ */ api('biz.util.openLink', 'AIP', '2.4.0 2.7.0 7.0.0', {
  rules: [['url', url]],
  send: mobileDefaults({ credible: true, showMenuBar: true }),
});
