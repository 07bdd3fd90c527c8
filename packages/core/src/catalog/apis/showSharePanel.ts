import { api } from '../api';

export const showSharePanel = /* @__PURE__ */ api('showSharePanel', 'AIP~', '7.0.10 7.0.10 7.0.0', {
  calls: 'biz.util.showSharePanel',
});
