import { api } from '../api';

export const rotateScreenView = /* @__PURE__ */ api('rotateScreenView', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.screen.rotateView',
});
