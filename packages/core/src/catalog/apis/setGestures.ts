import { api } from '../api';

export const setGestures = /* @__PURE__ */ api('setGestures', 'I', '-/7.5.15', {
  calls: 'biz.navigation.gestures',
});
