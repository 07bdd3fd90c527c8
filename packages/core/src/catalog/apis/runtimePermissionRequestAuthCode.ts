import type { Platform } from '../../types';
import { api } from '../api';
import { text } from '../rules';

/** On PC requestAuthCode takes the page URL (without its hash). */
function withPageUrl(params: Record<string, unknown>, platform: Platform) {
  const href = globalThis.location?.href;
  return platform === 'pc' && params.url === undefined && href
    ? { ...params, url: href.split('#')[0] }
    : params;
}

export const runtimePermissionRequestAuthCode = /* @__PURE__ */ api(
  'runtime.permission.requestAuthCode',
  'AIP',
  '2.4.0 3.0.0 7.0.0',
  { rules: [['corpId', text]], send: withPageUrl },
);
