import { api } from '../api';
import { isObject, text } from '../rules';

export const checkBizCall = /* @__PURE__ */ api('checkBizCall', 'AIP+', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.telephone.checkBizCall',
  rules: [['corpId', text]],
  // iOS answers with a truthy value rather than `{ isSupport }`.
  result: (raw) => ({ isSupport: isObject(raw) && 'isSupport' in raw ? raw.isSupport === true : !!raw }),
});
