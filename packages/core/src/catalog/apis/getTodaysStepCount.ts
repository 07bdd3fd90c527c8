import { api } from '../api';

export const getTodaysStepCount = /* @__PURE__ */ api('getTodaysStepCount', 'AI', '7.0.0', {
  calls: 'biz.sports.getTodaysStepCount',
});
