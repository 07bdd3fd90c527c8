import { api } from '../api';

export const popGesture = /* @__PURE__ */ api('popGesture', 'I', '-/7.0.0', {
  calls: 'biz.navigation.popGesture',
});
