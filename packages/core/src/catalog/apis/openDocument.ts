import { api } from '../api';

export const openDocument = /* @__PURE__ */ api('openDocument', 'AIP~', '7.0.10 7.0.10 7.0.0', {
  calls: 'biz.util.openDocument',
});
