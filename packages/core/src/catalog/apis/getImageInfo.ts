import { api } from '../api';

export const getImageInfo = /* @__PURE__ */ api('getImageInfo', 'AI', '7.5.2 - 7.0.0', {
  calls: 'biz.util.getImageInfo',
});
