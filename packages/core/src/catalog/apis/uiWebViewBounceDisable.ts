import { api } from '../api';

export const uiWebViewBounceDisable = /* @__PURE__ */ api('ui.webViewBounce.disable', 'I', '2.4.0 - 7.0.0');
