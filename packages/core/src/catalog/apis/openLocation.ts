import { api } from '../api';

export const openLocation = /* @__PURE__ */ api('openLocation', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.map.view',
});
