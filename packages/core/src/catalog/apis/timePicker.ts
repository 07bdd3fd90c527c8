import { api } from '../api';

export const timePicker = /* @__PURE__ */ api('timePicker', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.timepicker',
});
