import { api } from '../api';

export const getUserExclusiveInfo = /* @__PURE__ */ api(
  'getUserExclusiveInfo',
  'AIP',
  '6.0.15 6.0.17 7.0.0',
  { calls: 'biz.realm.getUserExclusiveInfo' },
);
