import { api } from '../api';

export const chooseConversation = /* @__PURE__ */ api('chooseConversation', 'AI~', '7.0.0 - 7.0.0', {
  calls: 'biz.chat.chooseConversation',
});
