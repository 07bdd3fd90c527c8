import { api } from '../api';

export const enableWebViewBounce = /* @__PURE__ */ api('enableWebViewBounce', 'AI', '6.0.0 - 7.0.0', {
  calls: 'ui.webViewBounce.enable',
});
