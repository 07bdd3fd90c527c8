import { api } from '../api';

export const bizUtilDatepicker = /* @__PURE__ */ api('biz.util.datepicker', 'AI~', '2.4.0 - 7.0.0');
