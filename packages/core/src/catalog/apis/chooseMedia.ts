import { api } from '../api';

export const chooseMedia = /* @__PURE__ */ api('chooseMedia', 'AI~', '7.5.2 - 7.0.0', {
  calls: 'biz.util.chooseMedia',
});
