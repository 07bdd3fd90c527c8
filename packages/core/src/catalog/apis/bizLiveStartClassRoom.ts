import { api } from '../api';
import { text } from '../rules';

export const bizLiveStartClassRoom = /* @__PURE__ */ api('biz.live.startClassRoom', 'P+~', '- 5.1.19 7.0.0', {
  rules: [['startParam.liveUuid', text]],
});
