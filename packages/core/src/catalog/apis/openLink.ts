import { api } from '../api';

export const openLink = /* @__PURE__ */ api('openLink', 'AIP', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.util.openLink',
});
