import { api } from '../api';

export const isScreenReaderEnabled = /* @__PURE__ */ api('isScreenReaderEnabled', 'AI', '6.5.60 - 7.0.0', {
  calls: 'device.screen.isScreenReaderEnabled',
});
