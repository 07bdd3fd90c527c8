import { api } from '../api';

export const openChatByUserId = /* @__PURE__ */ api('openChatByUserId', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'biz.chat.openSingleChat',
});
