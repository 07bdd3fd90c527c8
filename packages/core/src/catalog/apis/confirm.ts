import { api } from '../api';
import { anyText, isObject, opt, text } from '../rules';

export const confirm = /* @__PURE__ */ api('confirm', 'AIP~', '2.4.0 2.5.0 7.0.0', {
  calls: 'device.notification.confirm',
  rules: [
    ['content', text],
    ['title', opt(anyText)],
    ['cancelButtonText', opt(anyText)],
    ['confirmButtonText', opt(anyText)],
  ],
  // Cancel first, as dingtalk-jsapi sends it: button 1 confirms.
  send: (p) => ({
    title: p.title ?? '',
    message: p.content,
    buttonLabels: [p.cancelButtonText ?? '取消', p.confirmButtonText ?? '确定'],
  }),
  result: (raw) => ({ confirm: isObject(raw) && raw.buttonIndex === 1 }),
});
