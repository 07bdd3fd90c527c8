import { api } from '../api';
import { anyText, opt } from '../rules';

export const showLoading = /* @__PURE__ */ api('showLoading', 'AIP', '7.0.10 7.0.10 7.0.0', {
  calls: 'device.notification.showPreloader',
  rules: [['content', opt(anyText)]],
  send: (p) => ({ text: p.content ?? '', showIcon: true }),
});
