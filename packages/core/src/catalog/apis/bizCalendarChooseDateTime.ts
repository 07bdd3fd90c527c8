import { api } from '../api';

export const bizCalendarChooseDateTime = /* @__PURE__ */ api(
  'biz.calendar.chooseDateTime',
  'AI~',
  '3.5.0 - 7.0.0',
);
