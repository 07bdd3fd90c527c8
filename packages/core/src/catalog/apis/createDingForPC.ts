import { api } from '../api';

export const createDingForPC = /* @__PURE__ */ api('createDingForPC', 'P+~', '- 6.0.0 7.0.0', {
  calls: 'biz.ding.post',
});
