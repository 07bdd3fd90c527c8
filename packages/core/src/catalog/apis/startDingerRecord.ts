import { api } from '../api';

export const startDingerRecord = /* @__PURE__ */ api('startDingerRecord', 'AI~', '8.2.10 - 7.0.0', {
  calls: 'biz.dinger.startDingerRecord',
});
