import { api } from '../api';

export const bizMapSearch = /* @__PURE__ */ api('biz.map.search', 'AI+~', '2.4.0 - 7.0.0');
