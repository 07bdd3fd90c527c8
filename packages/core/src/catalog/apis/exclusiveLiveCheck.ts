import { api } from '../api';

export const exclusiveLiveCheck = /* @__PURE__ */ api('exclusiveLiveCheck', 'A', '6.5.40/- - 7.0.0', {
  calls: 'biz.ATMBle.exclusiveLiveCheck',
});
