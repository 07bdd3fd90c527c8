import { api } from '../api';

export const bizMapView = /* @__PURE__ */ api('biz.map.view', 'AI+~', '2.8.0 - 7.0.0');
