import { api } from '../api';

export const onRecordEnd = /* @__PURE__ */ api('onRecordEnd', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'device.audio.onRecordEnd',
});
