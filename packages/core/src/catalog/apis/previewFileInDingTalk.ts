import { api } from '../api';

export const previewFileInDingTalk = /* @__PURE__ */ api('previewFileInDingTalk', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.cspace.preview',
});
