import { api } from '../api';

export const bizUtilShare = /* @__PURE__ */ api('biz.util.share', 'AI~', '2.4.0 4.6.37 7.0.0');
