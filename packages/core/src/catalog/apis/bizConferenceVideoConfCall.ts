import { api } from '../api';
import { text, texts } from '../rules';

export const bizConferenceVideoConfCall = /* @__PURE__ */ api(
  'biz.conference.videoConfCall',
  'AIP+~',
  '5.0.8 5.1.28 7.0.0',
  {
    rules: [
      ['title', text],
      ['calleeCorpId', text],
      ['calleeStaffIds', texts()],
    ],
  },
);
