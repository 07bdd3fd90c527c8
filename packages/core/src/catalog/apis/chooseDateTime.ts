import { api } from '../api';

export const chooseDateTime = /* @__PURE__ */ api('chooseDateTime', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.calendar.chooseDateTime',
});
