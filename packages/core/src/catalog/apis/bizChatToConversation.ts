import { api } from '../api';

export const bizChatToConversation = /* @__PURE__ */ api('biz.chat.toConversation', 'AI+', '2.6.0 - 7.0.0');
