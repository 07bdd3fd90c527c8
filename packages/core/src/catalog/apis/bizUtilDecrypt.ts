import { api } from '../api';

export const bizUtilDecrypt = /* @__PURE__ */ api('biz.util.decrypt', 'AI+', '2.9.1 3.0.0 7.0.0');
