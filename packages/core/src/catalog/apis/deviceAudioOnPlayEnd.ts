import { api } from '../api';

export const deviceAudioOnPlayEnd = /* @__PURE__ */ api('device.audio.onPlayEnd', 'AI+~', '2.8.0 - 7.0.0');
