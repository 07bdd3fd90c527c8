import { api } from '../api';

export const previewMedia = /* @__PURE__ */ api('previewMedia', 'AI~', '7.1.21 - 7.0.0', {
  calls: 'biz.util.previewMedia',
});
