import { api } from '../api';

export const isInTabWindow = /* @__PURE__ */ api('isInTabWindow', 'P', '- 6.5.10', {
  calls: 'biz.tabwindow.isTab',
});
