import { api } from '../api';

export const locateInMap = /* @__PURE__ */ api('locateInMap', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.map.locate',
});
