import { api } from '../api';

export const stopAudio = /* @__PURE__ */ api('stopAudio', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'device.audio.stop',
});
