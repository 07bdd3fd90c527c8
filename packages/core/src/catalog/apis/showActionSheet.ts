import type { ApiResult } from '../ApiMap';
import { api } from '../api';
import { anyText, isObject, opt, texts } from '../rules';

export const showActionSheet = /* @__PURE__ */ api('showActionSheet', 'AIP~', '7.0.10 7.0.10 7.0.0', {
  calls: 'device.notification.actionSheet',
  rules: [
    ['items', texts()],
    ['title', opt(anyText)],
    ['cancelButtonText', opt(anyText)],
  ],
  send: (p) => ({ title: p.title ?? '', cancelButton: p.cancelButtonText ?? '取消', otherButtons: p.items }),
  result: (raw): ApiResult<'showActionSheet'> => ({ index: isObject(raw) ? Number(raw.buttonIndex) : -1 }),
});
