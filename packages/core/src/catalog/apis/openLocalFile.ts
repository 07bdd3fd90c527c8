import { api } from '../api';

export const openLocalFile = /* @__PURE__ */ api('openLocalFile', 'P', '- 6.0.0', {
  calls: 'biz.util.openLocalFile',
});
