import { api } from '../api';

export const createDing = /* @__PURE__ */ api('createDing', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.ding.create',
});
