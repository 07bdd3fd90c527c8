import { api } from '../api';

export const getAdvertisingStatus = /* @__PURE__ */ api('getAdvertisingStatus', 'AI', '7.5.0 - 7.0.0', {
  calls: 'biz.realm.getAdvertisingStatus',
});
