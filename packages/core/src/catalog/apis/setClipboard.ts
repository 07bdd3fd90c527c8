import { api } from '../api';

export const setClipboard = /* @__PURE__ */ api('setClipboard', 'AIP+', '6.0.0 6.5.60 7.0.0', {
  calls: 'biz.clipboardData.setData',
});
