import { api } from '../api';

export const getPageTerminateInfo = /* @__PURE__ */ api('getPageTerminateInfo', 'I', '-/8.0.15', {
  calls: 'biz.util.getPageTerminateInfo',
});
