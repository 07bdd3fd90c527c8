import { api } from '../api';

export const createGroupChat = /* @__PURE__ */ api('createGroupChat', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.contact.createGroup',
});
