import { api } from '../api';

export const onPlayAudioEnd = /* @__PURE__ */ api('onPlayAudioEnd', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'device.audio.onPlayEnd',
});
