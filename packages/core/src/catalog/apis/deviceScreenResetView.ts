import { api } from '../api';

export const deviceScreenResetView = /* @__PURE__ */ api('device.screen.resetView', 'AI', '4.0.0 - 7.0.0');
