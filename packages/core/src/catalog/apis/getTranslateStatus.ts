import { api } from '../api';

export const getTranslateStatus = /* @__PURE__ */ api('getTranslateStatus', 'AIP', '7.5.35 7.5.35 7.0.0', {
  calls: 'biz.i18n.getTranslateStatus',
});
