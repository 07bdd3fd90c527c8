import { api } from '../api';

export const deviceAudioPause = /* @__PURE__ */ api('device.audio.pause', 'AI+', '2.8.0 - 7.0.0');
