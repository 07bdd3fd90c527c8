import { api } from '../api';

export const getCloudCallInfo = /* @__PURE__ */ api('getCloudCallInfo', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.conference.getCloudCallInfo',
});
