import { api } from '../api';

export const deviceAudioPlay = /* @__PURE__ */ api('device.audio.play', 'AI+', '2.8.0 - 7.0.0');
