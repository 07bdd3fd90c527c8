import { api } from '../api';

export const datePicker = /* @__PURE__ */ api('datePicker', 'AIP~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.util.datetimepicker',
});
