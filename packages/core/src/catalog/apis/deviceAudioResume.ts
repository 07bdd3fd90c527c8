import { api } from '../api';

export const deviceAudioResume = /* @__PURE__ */ api('device.audio.resume', 'AI+', '2.8.0 - 7.0.0');
