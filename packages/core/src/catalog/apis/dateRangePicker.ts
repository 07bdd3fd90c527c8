import { api } from '../api';

export const dateRangePicker = /* @__PURE__ */ api('dateRangePicker', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.calendar.chooseInterval',
});
