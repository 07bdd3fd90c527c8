import { api } from '../api';

export const deviceAudioDownload = /* @__PURE__ */ api('device.audio.download', 'AI+', '2.8.0 - 7.0.0');
