import { api } from '../api';

export const subscribe = /* @__PURE__ */ api('subscribe', 'AIP~', '7.5.35 7.5.35 7.0.0', {
  calls: 'biz.notify.subscribe',
});
