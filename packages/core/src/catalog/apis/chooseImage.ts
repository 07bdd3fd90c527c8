import { api } from '../api';

export const chooseImage = /* @__PURE__ */ api('chooseImage', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.chooseImage',
});
