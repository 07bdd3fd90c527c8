// The hook table (see apiHooks.ts): auth codes.
import { channelPermissionRequestAuthCode } from '@dingkit/core/apis/channelPermissionRequestAuthCode';
import { runtimePermissionRequestAuthCode } from '@dingkit/core/apis/runtimePermissionRequestAuthCode';
import { runtimePermissionRequestOperateAuthCode } from '@dingkit/core/apis/runtimePermissionRequestOperateAuthCode';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * Gets a one-time 免登 auth code (`{ code }`) to exchange on your server for the person.
 * 获取免登授权码 `{ code }`，在服务端换取用户身份。
 */
export const useAuthCode: ApiHook<'runtime.permission.requestAuthCode', 'corpId'> = createApiHook(
  runtimePermissionRequestAuthCode,
  'useAuthCode',
  ['corpId'],
);

/**
 * Gets a one-time service-window auth code (`{ code }`).
 * 获取服务窗免登授权码 `{ code }`。
 */
export const useChannelAuthCode: ApiHook<'channel.permission.requestAuthCode', 'corpId'> = createApiHook(
  channelPermissionRequestAuthCode,
  'useChannelAuthCode',
  ['corpId'],
);

/**
 * Gets a temporary code (`{ code }`) for a feedback-style operation.
 * 获取反馈式操作的临时授权码 `{ code }`。
 */
export const useOperateAuthCode: ApiHook<'runtime.permission.requestOperateAuthCode', 'corpId' | 'agentId'> =
  createApiHook(runtimePermissionRequestOperateAuthCode, 'useOperateAuthCode', ['corpId', 'agentId']);
