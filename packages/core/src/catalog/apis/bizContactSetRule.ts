import { api } from '../api';

export const bizContactSetRule = /* @__PURE__ */ api('biz.contact.setRule', 'AI+~', '2.15 - 7.0.0');
