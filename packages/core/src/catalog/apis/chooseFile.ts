import { api } from '../api';

export const chooseFile = /* @__PURE__ */ api('chooseFile', 'AIP~', '7.1.5 7.1.10 7.0.0', {
  calls: 'biz.file.chooseFile',
});
