import { api } from '../api';

export const openPageInModalForPC = /* @__PURE__ */ api('openPageInModalForPC', 'P~', '- 6.0.0 7.0.0', {
  calls: 'biz.util.openModal',
});
