import { api } from '../api';

export const bizUtilTimepicker = /* @__PURE__ */ api('biz.util.timepicker', 'AI~', '2.4.0 - 7.0.0');
