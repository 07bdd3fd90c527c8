import { api } from '../api';

export const bizContactExternalEditForm = /* @__PURE__ */ api(
  'biz.contact.externalEditForm',
  'P+~',
  '3.0 - 7.0.0',
);
