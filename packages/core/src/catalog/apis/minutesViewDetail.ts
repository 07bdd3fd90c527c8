import { api } from '../api';

export const minutesViewDetail = /* @__PURE__ */ api('minutesViewDetail', 'AI~', '7.6.40', {
  calls: 'biz.minutes.viewDetail',
});
