import { api } from '../api';

export const deviceScreenRotateView = /* @__PURE__ */ api('device.screen.rotateView', 'AI', '4.0.0 - 7.0.0');
