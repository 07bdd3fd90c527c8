import { api } from '../api';

export const isLocalFileExist = /* @__PURE__ */ api('isLocalFileExist', 'P', '- 6.0.0', {
  calls: 'biz.util.isLocalFileExist',
});
