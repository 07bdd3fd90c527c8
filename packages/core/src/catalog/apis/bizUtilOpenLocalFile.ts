import { noop } from '../../noop';
import { api } from '../api';
import { text } from '../rules';

export const bizUtilOpenLocalFile = /* @__PURE__ */ api('biz.util.openLocalFile', 'P', '- 2.5.0', {
  rules: [['url', text]],
  // The reference shows `true`, dingtalk-jsapi declares `{}`: an opened file resolves with nothing.
  result: noop,
});
