import { api } from '../api';
import { text } from '../rules';

export const getOperateAuthCode = /* @__PURE__ */ api('getOperateAuthCode', 'AIP+', '6.0.0 6.0.0 7.0.0', {
  calls: 'runtime.permission.requestOperateAuthCode',
  rules: [
    ['corpId', text],
    ['agentId', text],
  ],
  // The PC client wants the page URL, without its fragment.
  send: (p, platform) => (platform === 'pc' ? { ...p, url: globalThis.location?.href.split('#')[0] } : p),
});
