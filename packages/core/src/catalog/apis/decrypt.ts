import { api } from '../api';

export const decrypt = /* @__PURE__ */ api('decrypt', 'AI+', '6.0.0 - 7.0.0', { calls: 'biz.util.decrypt' });
