import { api } from '../api';

export const rsa = /* @__PURE__ */ api('rsa', 'AI', '7.0.0 - 7.0.0', { calls: 'biz.data.rsa' });
