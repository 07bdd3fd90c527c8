import { api } from '../api';

export const showModal = /* @__PURE__ */ api('showModal', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'device.notification.extendModal',
});
