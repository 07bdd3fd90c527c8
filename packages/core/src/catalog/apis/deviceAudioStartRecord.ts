import { api } from '../api';

export const deviceAudioStartRecord = /* @__PURE__ */ api(
  'device.audio.startRecord',
  'AI+',
  '2.8.0 7.0.30 7.0.0',
);
