import { api } from '../api';

export const showRecordTabRedDot = /* @__PURE__ */ api('showRecordTabRedDot', 'AI', '8.3.15', {
  calls: 'biz.minutes.showRecordTabRedDot',
});
