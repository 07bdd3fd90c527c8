import { api } from '../api';

export const bizClipboardDataSetData = /* @__PURE__ */ api(
  'biz.clipboardData.setData',
  'AI+',
  '2.7.0 4.6.1 7.0.0',
);
