import { api } from '../api';

export const minutesCreateFromVideo = /* @__PURE__ */ api('minutesCreateFromVideo', 'AI~', '7.6.40', {
  calls: 'biz.minutes.createFromVideo',
});
