import { api } from '../api';

export const chooseDistrict = /* @__PURE__ */ api('chooseDistrict', 'AI~', '7.0.10 - 7.0.0', {
  calls: 'biz.util.chooseRegion',
});
