import { api } from '../api';

export const translateVoice = /* @__PURE__ */ api('translateVoice', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.translateVoice',
});
