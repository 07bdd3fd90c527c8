import { api } from '../api';

export const uploadFile = /* @__PURE__ */ api('uploadFile', 'AIP~', '7.0.10 7.0.10 7.0.0', {
  calls: 'biz.util.uploadFile',
});
