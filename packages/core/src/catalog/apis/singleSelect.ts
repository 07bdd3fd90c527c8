import { api } from '../api';

export const singleSelect = /* @__PURE__ */ api('singleSelect', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.chosen',
});
