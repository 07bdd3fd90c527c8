import { api } from '../api';

export const minutesStart = /* @__PURE__ */ api('minutesStart', 'AI~', '7.6.40', {
  calls: 'biz.minutes.startMinutes',
});
