import { api } from '../api';

export const pauseAudio = /* @__PURE__ */ api('pauseAudio', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.pause',
});
