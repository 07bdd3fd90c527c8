// src/ApproveButton.emulator.test.tsx — the real dingtalk-jsapi, in an emulated DingTalk PC client.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, expect, it, vi } from 'vitest';
import { ApproveButton } from './ApproveButton';

// Installed before anything loads dingtalk-jsapi: the package reads its environment once.
const dingtalk = emulateDingTalk({
  platform: 'pc',
  version: '7.0.10',
  config: { status: 'ready' },
  handle: (method) => {
    if (method === 'device.notification.confirm') return { buttonIndex: 0 };
    throw { errorCode: 9, errorMessage: `${method} is not scripted` };
  },
});
afterAll(() => dingtalk.uninstall());

const signature: SignatureConfig = {
  agentId: '1000001',
  corpId: 'ding-test-corp',
  timeStamp: 1700000000,
  nonceStr: 'test-nonce',
  signature: 'test-signature',
};

it('configures once, then the confirm crosses the real bridge', async () => {
  const onApprove = vi.fn();
  // No bridge prop: the provider detects the (emulated) PC client, as in production.
  render(
    <StrictMode>
      <DingTalkProvider getSignature={async () => signature}>
        <ApproveButton onApprove={onApprove} />
      </DingTalkProvider>
    </StrictMode>,
  );

  await userEvent.click(screen.getByRole('button', { name: '同意' }));

  await waitFor(() => expect(onApprove).toHaveBeenCalledTimes(1));
  expect(dingtalk.requests.map((request) => request.method)).toEqual([
    'config',
    'device.notification.confirm',
  ]);
  expect(dingtalk.requests[0]?.params).toMatchObject({
    signature: 'test-signature',
    url: location.href.split('#')[0],
  });
  expect(dingtalk.requests[1]?.params).toMatchObject({ buttonLabels: ['同意', '取消'] });
});
