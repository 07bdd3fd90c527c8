import { api } from '../api';

export const stopAdvertising = /* @__PURE__ */ api('stopAdvertising', 'AI', '7.5.0 - 7.0.0', {
  calls: 'biz.realm.stopAdvertising',
});
