import { api } from '../api';

export const openChatByChatId = /* @__PURE__ */ api('openChatByChatId', 'AI+', '6.0.0 - 7.0.0', {
  calls: 'biz.chat.toConversation',
});
