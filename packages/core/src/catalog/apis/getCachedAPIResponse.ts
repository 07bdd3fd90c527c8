import { api } from '../api';

export const getCachedAPIResponse = /* @__PURE__ */ api('getCachedAPIResponse', 'I', '-/8.0.15', {
  calls: 'biz.util.getCachedAPIResponse',
});
