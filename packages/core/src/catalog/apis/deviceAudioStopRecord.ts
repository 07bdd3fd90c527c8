import { api } from '../api';

export const deviceAudioStopRecord = /* @__PURE__ */ api(
  'device.audio.stopRecord',
  'AI+',
  '2.8.0 7.0.30 7.0.0',
);
