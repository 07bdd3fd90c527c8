// src/walkBackThroughRoutes.tsx — the back button recipe's run, shared by the Android and iOS
// emulator tests: the back button pops the app's routes, then closes the page; one config.
import type { EmulatedDingTalk } from '@dingkit/mock/emulator';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { expect } from 'vitest';
import { MobileRoutes } from './MobileRoutes';

const signature: SignatureConfig = {
  agentId: '1000001',
  corpId: 'ding-test-corp',
  timeStamp: 1700000000,
  nonceStr: 'test-nonce',
  signature: 'test-signature',
};

// The handshake: what `dd.config` sends on iOS and Android.
const config = 'runtime.permission.requestJsApis';

/**
 * Opens two routes deep, then presses back (`pressBack`: what the client sends for a press,
 * settled once its promise is) until the page closes. Returns the rendered app, for what a test
 * checks after.
 */
export async function walkBackThroughRoutes(
  dingtalk: EmulatedDingTalk,
  pressBack: () => void | Promise<void>,
) {
  const methods = () => dingtalk.requests.map((request) => request.method);
  const press = () =>
    act(async () => {
      await pressBack();
    });
  const user = userEvent.setup();
  const view = render(
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

  // dingtalk-jsapi only listens once its bridge has started: wait for the first pop.
  await waitFor(async () => {
    await press();
    expect(screen.queryByRole('heading', { name: '评论' })).toBeNull();
  });
  expect(screen.getByRole('heading', { name: '审批 7' })).toBeTruthy();
  await press();
  expect(screen.getByRole('heading', { name: '审批' })).toBeTruthy();
  expect(methods()).not.toContain('biz.navigation.close');

  await press();
  await waitFor(() => expect(methods()).toContain('biz.navigation.close'));
  expect(screen.getByRole('heading', { name: '审批' })).toBeTruthy();
  // Routes change in memory, not the URL: still one config for the page.
  expect(methods().filter((method) => method === config)).toHaveLength(1);
  return view;
}
