import { api } from '../api';

export const openPageInSlidePanelForPC = /* @__PURE__ */ api('openPageInSlidePanelForPC', 'P~', '- 6.0.0', {
  calls: 'biz.util.openSlidePanel',
});
