import { api } from '../api';

export const bizMapLocate = /* @__PURE__ */ api('biz.map.locate', 'AI+~', '2.4.0 - 7.0.0');
