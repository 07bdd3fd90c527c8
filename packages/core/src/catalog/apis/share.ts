import { api } from '../api';

export const share = /* @__PURE__ */ api('share', 'AI~', '6.0.0 - 7.0.0', { calls: 'biz.util.share' });
