import { api } from '../api';

export const stopRecord = /* @__PURE__ */ api('stopRecord', 'AIP+', '6.0.0 7.0.30 7.0.0', {
  calls: 'device.audio.stopRecord',
});
