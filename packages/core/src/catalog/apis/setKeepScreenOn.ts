import { api } from '../api';

export const setKeepScreenOn = /* @__PURE__ */ api('setKeepScreenOn', 'AI', '5.1.26 - 7.0.0', {
  calls: 'biz.util.setScreenKeepOn',
});
