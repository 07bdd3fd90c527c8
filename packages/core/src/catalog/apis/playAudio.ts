import { api } from '../api';

export const playAudio = /* @__PURE__ */ api('playAudio', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.play',
});
