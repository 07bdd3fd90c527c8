// src/MobileRoutes.emulator.test.tsx — the real dingtalk-jsapi in an emulated DingTalk for Android:
// the back button pops the app's routes, then closes the page; the page is configured once.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, expect, it } from 'vitest';
import { MobileRoutes } from './MobileRoutes';

// Installed before anything loads dingtalk-jsapi: the package reads its environment once.
const dingtalk = emulateDingTalk({
  platform: 'android',
  version: '7.0.10',
  handle: (method) => {
    if (method === 'biz.navigation.close') return {};
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

const pressBack = () => act(() => void dingtalk.emit('backbutton'));
const methods = () => dingtalk.requests.map((request) => request.method);
// The handshake: what `dd.config` sends on Android.
const config = 'runtime.permission.requestJsApis';

it('goes back one route per press of the back button, and closes the page at the first', async () => {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider getSignature={async () => signature}>
        <MobileRoutes />
      </DingTalkProvider>
    </StrictMode>,
  );
  await waitFor(() => expect(methods()).toContain(config));

  await user.click(await screen.findByRole('link', { name: '张伟的请假申请' }));
  await user.click(await screen.findByRole('link', { name: '评论' }));
  expect(screen.getByRole('heading', { name: '评论' })).toBeTruthy();

  // dingtalk-jsapi only listens once its Android bridge has started: wait for the first pop.
  await waitFor(() => {
    pressBack();
    expect(screen.queryByRole('heading', { name: '评论' })).toBeNull();
  });
  expect(screen.getByRole('heading', { name: '审批 7' })).toBeTruthy();
  pressBack();
  expect(await screen.findByRole('heading', { name: '审批' })).toBeTruthy();
  expect(methods()).not.toContain('biz.navigation.close');

  pressBack();
  await waitFor(() => expect(methods()).toContain('biz.navigation.close'));
  expect(screen.getByRole('heading', { name: '审批' })).toBeTruthy();
  // Routes change in memory, not the URL: still one config for the page.
  expect(methods().filter((method) => method === config)).toHaveLength(1);
});
