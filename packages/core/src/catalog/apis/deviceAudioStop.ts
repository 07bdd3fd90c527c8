import { api } from '../api';

export const deviceAudioStop = /* @__PURE__ */ api('device.audio.stop', 'AI+', '2.8.0 - 7.0.0');
