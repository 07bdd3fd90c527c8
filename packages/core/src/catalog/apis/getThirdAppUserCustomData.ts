import { api } from '../api';

export const getThirdAppUserCustomData = /* @__PURE__ */ api(
  'getThirdAppUserCustomData',
  'AIP',
  '7.5.35 7.6.0 7.0.0',
  { calls: 'biz.conference.getThirdAppUserCustomData' },
);
