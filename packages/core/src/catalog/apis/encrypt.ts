import { api } from '../api';

export const encrypt = /* @__PURE__ */ api('encrypt', 'AI+', '6.0.0 - 7.0.0', { calls: 'biz.util.encrypt' });
