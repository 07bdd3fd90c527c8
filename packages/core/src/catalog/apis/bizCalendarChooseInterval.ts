import { api } from '../api';

export const bizCalendarChooseInterval = /* @__PURE__ */ api(
  'biz.calendar.chooseInterval',
  'AI~',
  '3.5.0 - 7.0.0',
);
