import { api } from '../api';

export const uploadAttachmentToDingTalk = /* @__PURE__ */ api(
  'uploadAttachmentToDingTalk',
  'AI+~',
  '6.0.0 - 7.0.0',
  { calls: 'biz.util.uploadAttachment' },
);
