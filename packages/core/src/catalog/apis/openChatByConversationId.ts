import { api } from '../api';

export const openChatByConversationId = /* @__PURE__ */ api(
  'openChatByConversationId',
  'AIP~',
  '6.0.0 6.0.0 7.0.0',
  { calls: 'biz.chat.toConversationByOpenConversationId' },
);
