import { api } from '../api';

export const chooseHalfDayInCalendar = /* @__PURE__ */ api(
  'chooseHalfDayInCalendar',
  'AI~',
  '6.0.0 - 7.0.0',
  { calls: 'biz.calendar.chooseHalfDay' },
);
