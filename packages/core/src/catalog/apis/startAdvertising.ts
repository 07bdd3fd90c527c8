import { api } from '../api';

export const startAdvertising = /* @__PURE__ */ api('startAdvertising', 'AI', '7.5.0 - 7.0.0', {
  calls: 'biz.realm.startAdvertising',
});
