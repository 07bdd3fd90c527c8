import { api } from '../api';

export const resetScreenView = /* @__PURE__ */ api('resetScreenView', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.screen.resetView',
});
