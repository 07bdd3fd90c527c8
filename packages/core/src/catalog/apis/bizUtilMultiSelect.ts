import { api } from '../api';

export const bizUtilMultiSelect = /* @__PURE__ */ api('biz.util.multiSelect', 'AI~', '3.0.0 - 7.0.0');
