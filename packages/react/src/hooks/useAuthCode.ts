import { runtimePermissionRequestAuthCode } from '@dingkit/core/apis/runtimePermissionRequestAuthCode';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `runtime.permission.requestAuthCode`: Gets a one-time 免登 auth code (`{ code }`) to exchange on your server for the user. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useAuthCode(defaults?)`.
 */
export const useAuthCode: ApiHook<'runtime.permission.requestAuthCode', 'corpId'> = createApiHook(
  runtimePermissionRequestAuthCode,
  'useAuthCode',
  ['corpId'],
);
