import { api } from '../api';

export const compressImage = /* @__PURE__ */ api('compressImage', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.compressImage',
});
