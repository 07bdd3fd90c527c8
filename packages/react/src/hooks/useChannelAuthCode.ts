import { channelPermissionRequestAuthCode } from '@dingkit/core/apis/channelPermissionRequestAuthCode';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `channel.permission.requestAuthCode`: Gets a one-time 服务窗 auth code. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useChannelAuthCode(defaults?)`.
 */
export const useChannelAuthCode: ApiHook<'channel.permission.requestAuthCode', 'corpId'> = createApiHook(
  channelPermissionRequestAuthCode,
  'useChannelAuthCode',
  ['corpId'],
);
