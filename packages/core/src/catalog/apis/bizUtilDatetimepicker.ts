import { api } from '../api';

export const bizUtilDatetimepicker = /* @__PURE__ */ api('biz.util.datetimepicker', 'AI~', '2.4.0 - 7.0.0');
