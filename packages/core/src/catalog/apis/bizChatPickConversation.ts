import { api } from '../api';

export const bizChatPickConversation = /* @__PURE__ */ api(
  'biz.chat.pickConversation',
  'AI+~',
  '2.4.2 4.7.9 7.0.0',
);
