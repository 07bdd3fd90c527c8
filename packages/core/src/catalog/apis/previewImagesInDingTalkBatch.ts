import { api } from '../api';

export const previewImagesInDingTalkBatch = /* @__PURE__ */ api(
  'previewImagesInDingTalkBatch',
  'AI~',
  '6.3.30 - 7.0.0',
  { calls: 'biz.cspace.previewDentryImages' },
);
