import { api } from '../api';

export const bizChatChooseConversationByCorpId = /* @__PURE__ */ api(
  'biz.chat.chooseConversationByCorpId',
  'AI+~',
  '2.6.0 4.7.11 7.0.0',
);
