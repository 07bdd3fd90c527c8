import { api } from '../api';

export const chooseOneDayInCalendar = /* @__PURE__ */ api('chooseOneDayInCalendar', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.calendar.chooseOneDay',
});
