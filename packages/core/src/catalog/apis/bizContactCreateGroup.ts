import { api } from '../api';

export const bizContactCreateGroup = /* @__PURE__ */ api(
  'biz.contact.createGroup',
  'AI+~',
  '2.4.0 4.6.1 7.0.0',
);
