import { runtimePermissionRequestOperateAuthCode } from '@dingkit/core/apis/runtimePermissionRequestOperateAuthCode';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `runtime.permission.requestOperateAuthCode`: Gets a temporary operate code for a feedback-style operation. `corpId` and `agentId` default to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useOperateAuthCode(defaults?)`.
 */
export const useOperateAuthCode: ApiHook<'runtime.permission.requestOperateAuthCode', 'corpId' | 'agentId'> =
  createApiHook(runtimePermissionRequestOperateAuthCode, 'useOperateAuthCode', ['corpId', 'agentId']);
