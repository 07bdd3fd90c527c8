import { api } from '../api';

export const makeVideoConfCall = /* @__PURE__ */ api('makeVideoConfCall', 'AIP+~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.conference.videoConfCall',
});
