import { api } from '../api';

export const bizCalendarChooseHalfDay = /* @__PURE__ */ api(
  'biz.calendar.chooseHalfDay',
  'AI~',
  '3.5.0 - 7.0.0',
);
