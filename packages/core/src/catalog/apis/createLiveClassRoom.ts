import { api } from '../api';

export const createLiveClassRoom = /* @__PURE__ */ api('createLiveClassRoom', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.live.startClassRoom',
});
