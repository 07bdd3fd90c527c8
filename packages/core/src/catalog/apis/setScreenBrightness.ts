import { api } from '../api';

export const setScreenBrightness = /* @__PURE__ */ api('setScreenBrightness', 'AI', '6.0.0 - 7.0.0', {
  calls: 'device.screen.setScreenBrightness',
});
