import { api } from '../api';

export const deviceAudioOnRecordEnd = /* @__PURE__ */ api(
  'device.audio.onRecordEnd',
  'AI+~',
  '2.8.0 - 7.0.0',
);
