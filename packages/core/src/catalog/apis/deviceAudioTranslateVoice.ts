import { api } from '../api';

export const deviceAudioTranslateVoice = /* @__PURE__ */ api(
  'device.audio.translateVoice',
  'AI+',
  '2.8.0 - 7.0.0',
);
