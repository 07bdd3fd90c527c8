import { api } from '../api';

export const notifyTranslateEvent = /* @__PURE__ */ api(
  'notifyTranslateEvent',
  'AIP',
  '7.5.35 7.5.35 7.0.0',
  { calls: 'biz.i18n.notifyTranslateEvent' },
);
