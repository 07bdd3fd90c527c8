import { useAuthCode, useChannelAuthCode, useOperateAuthCode } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { page } from './support/play';

/**
 * 免登: one-time auth codes to exchange on your server. `corpId` (and `agentId`) come from the
 * handshake's signature. See Recipes/免登 for the whole flow with a backend.
 */
export default {
  title: 'API/Auth',
  tags: ['autodocs'],
  parameters: {
    docs: { page: () => <ApiDocsPage hooks={['useAuthCode', 'useChannelAuthCode', 'useOperateAuthCode']} /> },
  },
} satisfies Meta;

const authCode = hookStories({
  api: 'runtime.permission.requestAuthCode',
  use: () => useAuthCode(),
  label: '登录',
  respond: async ({ canvasElement }) => {
    await page(canvasElement).findByText('已为 张伟 获取免登授权码');
  },
  result: /^\{"code":"mock[0-9a-z]+0101"\}$/,
});
export const AuthCodeSuccess = authCode.Success;
export const AuthCodeCancelled = authCode.Cancelled;
export const AuthCodeFailed = authCode.Failed;
export const AuthCodeUnsupported = authCode.Unsupported;
export const AuthCodeBeforeReady = authCode.BeforeReady;

const channel = hookStories({
  api: 'channel.permission.requestAuthCode',
  use: () => useChannelAuthCode(),
  label: '服务窗登录',
  result: /^\{"code":"mock[0-9a-z]+"\}$/,
});
export const ChannelAuthCodeSuccess = channel.Success;
export const ChannelAuthCodeCancelled = channel.Cancelled;
export const ChannelAuthCodeFailed = channel.Failed;
export const ChannelAuthCodeUnsupported = channel.Unsupported;
export const ChannelAuthCodeBeforeReady = channel.BeforeReady;

const operate = hookStories({
  api: 'runtime.permission.requestOperateAuthCode',
  use: () => useOperateAuthCode(),
  label: '确认操作',
  result: /^\{"code":"mock[0-9a-z]+"\}$/,
});
export const OperateAuthCodeSuccess = operate.Success;
export const OperateAuthCodeCancelled = operate.Cancelled;
export const OperateAuthCodeFailed = operate.Failed;
export const OperateAuthCodeUnsupported = operate.Unsupported;
export const OperateAuthCodeBeforeReady = operate.BeforeReady;
