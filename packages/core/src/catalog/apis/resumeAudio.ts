import { api } from '../api';

export const resumeAudio = /* @__PURE__ */ api('resumeAudio', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.resume',
});
