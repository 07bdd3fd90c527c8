import { api } from '../api';

export const makeCloudCall = /* @__PURE__ */ api('makeCloudCall', 'AIP~', '6.0.0 6.0.9 7.0.0', {
  calls: 'biz.conference.createCloudCall',
});
