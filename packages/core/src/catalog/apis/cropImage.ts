import { api } from '../api';

export const cropImage = /* @__PURE__ */ api('cropImage', 'AI~', '7.5.2 - 7.0.0', {
  calls: 'biz.util.cropImage',
});
