import { api } from '../api';

export const removeCachedAPIResponse = /* @__PURE__ */ api('removeCachedAPIResponse', 'I', '-/8.0.15', {
  calls: 'biz.util.removeCachedAPIResponse',
});
