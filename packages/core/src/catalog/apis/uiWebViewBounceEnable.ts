import { api } from '../api';

export const uiWebViewBounceEnable = /* @__PURE__ */ api('ui.webViewBounce.enable', 'I', '2.4.0 - 7.0.0');
