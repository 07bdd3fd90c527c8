import { api } from '../api';

export const disableWebViewBounce = /* @__PURE__ */ api('disableWebViewBounce', 'AI', '6.0.0 - 7.0.0', {
  calls: 'ui.webViewBounce.disable',
});
