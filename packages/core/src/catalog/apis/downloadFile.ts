import { api } from '../api';

export const downloadFile = /* @__PURE__ */ api('downloadFile', 'AI~', '7.0.10 - 7.0.0', {
  calls: 'biz.file.downloadFile',
});
