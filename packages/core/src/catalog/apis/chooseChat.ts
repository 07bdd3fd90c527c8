import { api } from '../api';

export const chooseChat = /* @__PURE__ */ api('chooseChat', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.chat.chooseConversationByCorpId',
});
