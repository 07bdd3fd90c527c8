import { api } from '../api';

export const quitPage = /* @__PURE__ */ api('quitPage', 'P', '- 6.0.0', { calls: 'biz.navigation.quit' });
