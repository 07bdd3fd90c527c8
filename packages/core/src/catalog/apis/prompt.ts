import { api } from '../api';
import { anyText, opt, text } from '../rules';

export const prompt = /* @__PURE__ */ api('prompt', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'device.notification.prompt',
  rules: [
    ['message', text],
    ['title', opt(anyText)],
    ['placeholder', opt(anyText)],
    ['okButtonText', opt(anyText)],
    ['cancelButtonText', opt(anyText)],
  ],
  // Cancel first, as dingtalk-jsapi sends it: button 1 is OK.
  send: (p) => ({
    title: p.title ?? '',
    message: p.message,
    defaultText: p.placeholder ?? '',
    buttonLabels: [p.cancelButtonText ?? '取消', p.okButtonText ?? '确定'],
  }),
});
