import { api } from '../api';

export const saveFileToDingTalk = /* @__PURE__ */ api('saveFileToDingTalk', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.cspace.saveFile',
});
