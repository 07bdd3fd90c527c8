import { api } from '../api';

export const getCurrentCorpId = /* @__PURE__ */ api('getCurrentCorpId', 'AI', '7.8.0', {
  calls: 'biz.minutes.getCurrentCorpId',
});
