import { api } from '../api';
import { text } from '../rules';

export const channelPermissionRequestAuthCode = /* @__PURE__ */ api(
  'channel.permission.requestAuthCode',
  'AIP',
  '3.0.0 - 7.0.0',
  { rules: [['corpId', text]] },
);
