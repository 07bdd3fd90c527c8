import { api } from '../api';

export const bizCalendarChooseOneDay = /* @__PURE__ */ api(
  'biz.calendar.chooseOneDay',
  'AI~',
  '3.5.0 - 7.0.0',
);
