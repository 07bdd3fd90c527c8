import { api } from '../api';

export const searchMap = /* @__PURE__ */ api('searchMap', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.map.search',
});
