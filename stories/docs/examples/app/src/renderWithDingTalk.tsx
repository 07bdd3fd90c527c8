// src/renderWithDingTalk.tsx — a test helper: your UI under a provider over a mock bridge.
import { createMockBridge, type MockBridgeOptions, MockDingTalkHost, mockOrg } from '@dingkit/mock';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';

/** The mock accepts any signature; hooks read corpId back from it (the fixture organisation's). */
export const testSignature: SignatureConfig = {
  agentId: '1000001',
  corpId: mockOrg.corpId,
  timeStamp: 1700000000,
  nonceStr: 'test-nonce',
  signature: 'test-signature',
};

export interface RenderOptions extends MockBridgeOptions {
  /** Render MockDingTalkHost: DingTalk-like dialogs a test clicks through. Without it, script the answers. */
  host?: boolean;
}

export function renderWithDingTalk(ui: ReactNode, { host = false, ...options }: RenderOptions = {}) {
  const { bridge, controller } = createMockBridge(options);
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider bridge={bridge} getSignature={async () => testSignature}>
        {ui}
      </DingTalkProvider>
      {host && <MockDingTalkHost bridge={bridge} locale="zh-CN" />}
    </StrictMode>,
  );
  return { bridge, controller, user };
}
