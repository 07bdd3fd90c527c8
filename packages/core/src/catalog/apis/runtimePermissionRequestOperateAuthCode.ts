import { api } from '../api';
import { text } from '../rules';

export const runtimePermissionRequestOperateAuthCode = /* @__PURE__ */ api(
  'runtime.permission.requestOperateAuthCode',
  'AIP+',
  '3.3.0 3.3.0 7.0.0',
  {
    rules: [
      ['corpId', text],
      ['agentId', text],
    ],
  },
);
