import { noop } from '../../noop';
import { toDownloadProgress } from '../../toDownloadProgress';
import { api } from '../api';
import { opt, text } from '../rules';
import { downloadUrl } from '../urlRules';

export const bizUtilDownloadFile = /* @__PURE__ */ api('biz.util.downloadFile', 'P~', '- 2.5.0 7.0.0', {
  rules: [
    ['url', downloadUrl],
    ['name', opt(text)],
  ],
  progress: toDownloadProgress,
  // Clients answer `true`, `{}` or nothing: a finished download resolves with nothing on every one.
  result: noop,
});
