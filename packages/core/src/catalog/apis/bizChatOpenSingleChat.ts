import { api } from '../api';

export const bizChatOpenSingleChat = /* @__PURE__ */ api('biz.chat.openSingleChat', 'AI+', '3.4.10 - 7.0.0');
