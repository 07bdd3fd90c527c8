import { api } from '../api';

export const stopDingerRecord = /* @__PURE__ */ api('stopDingerRecord', 'AI', '8.2.10 - 7.0.0', {
  calls: 'biz.dinger.stopDingerRecord',
});
