import { api } from '../api';

export const generateImageFromCode = /* @__PURE__ */ api('generateImageFromCode', 'AI~', '7.0.0 - 7.0.0', {
  calls: 'biz.util.generateImageFromCode',
});
