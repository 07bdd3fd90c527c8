import { api } from '../api';

export const multiSelect = /* @__PURE__ */ api('multiSelect', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.multiSelect',
});
