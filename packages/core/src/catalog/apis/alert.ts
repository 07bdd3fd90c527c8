import { api } from '../api';
import { anyText, opt, text } from '../rules';

// Sent as device.notification.alert takes it, as dingtalk-jsapi's union module does.
export const alert = /* @__PURE__ */ api('alert', 'AIP~', '2.4.0 2.5.0 7.0.0', {
  calls: 'device.notification.alert',
  rules: [
    ['content', text],
    ['title', opt(anyText)],
    ['buttonText', opt(anyText)],
  ],
  send: (p) => ({ message: p.content, title: p.title ?? '', buttonName: p.buttonText ?? '确定' }),
});
