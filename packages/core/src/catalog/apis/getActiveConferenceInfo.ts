import { api } from '../api';

export const getActiveConferenceInfo = /* @__PURE__ */ api(
  'getActiveConferenceInfo',
  'AIP',
  '8.2.15 8.2.15',
  { calls: 'biz.conference.getConferenceInfo' },
);
