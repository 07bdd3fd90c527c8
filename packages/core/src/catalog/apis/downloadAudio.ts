import { api } from '../api';

export const downloadAudio = /* @__PURE__ */ api('downloadAudio', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.download',
});
