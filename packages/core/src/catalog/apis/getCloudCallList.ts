import { api } from '../api';

export const getCloudCallList = /* @__PURE__ */ api('getCloudCallList', 'AIP', '6.0.0 6.0.9 7.0.0', {
  calls: 'biz.conference.getCloudCallList',
});
