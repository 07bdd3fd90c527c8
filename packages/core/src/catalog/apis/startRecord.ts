import { api } from '../api';

export const startRecord = /* @__PURE__ */ api('startRecord', 'AIP+', '6.0.0 7.0.30 7.0.0', {
  calls: 'device.audio.startRecord',
});
