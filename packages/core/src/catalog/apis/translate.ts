import { api } from '../api';

export const translate = /* @__PURE__ */ api('translate', 'AIP', '7.5.35 7.5.35 7.0.0', {
  calls: 'biz.i18n.translate',
});
