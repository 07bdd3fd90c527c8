import { api } from '../api';

export const getThirdAppConfCustomData = /* @__PURE__ */ api(
  'getThirdAppConfCustomData',
  'AIP',
  '7.5.35 7.6.0 7.0.0',
  { calls: 'biz.conference.getThirdAppConfCustomData' },
);
