import { api } from '../api';

export const chooseDateRangeInCalendar = /* @__PURE__ */ api(
  'chooseDateRangeInCalendar',
  'AI~',
  '6.0.0 - 7.0.0',
  { calls: 'biz.calendar.chooseInterval' },
);
