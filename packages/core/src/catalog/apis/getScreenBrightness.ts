import { api } from '../api';

export const getScreenBrightness = /* @__PURE__ */ api('getScreenBrightness', 'AI', '7.0.0 - 7.0.0', {
  calls: 'device.screen.getScreenBrightness',
});
