import { api } from '../api';

export const minutesUploadVideo = /* @__PURE__ */ api('minutesUploadVideo', 'AI~', '7.6.40 - 8.0.24', {
  calls: 'biz.minutes.uploadVideo',
});
