import { type Bridge, createBridge, type SignatureConfig } from '@dingkit/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { vi } from 'vitest';
import { DingTalkProvider, type DingTalkProviderProps } from '../DingTalkProvider';
import { createSpyTransport, type SpyTransport } from './createSpyTransport';

/** The signature the fake signing endpoint returns. */
export const testSignature: SignatureConfig = {
  agentId: '1001',
  corpId: 'ding-corp',
  timeStamp: 1_700_000_000,
  nonceStr: 'nonce-1',
  signature: 'f'.repeat(40),
};

export interface RenderOptions extends Omit<DingTalkProviderProps, 'children' | 'bridge' | 'getSignature'> {
  transport?: SpyTransport;
  /** Pass `null` for a provider without getSignature. */
  getSignature?: DingTalkProviderProps['getSignature'] | null;
  /** The bridge's default timeout. */
  timeoutMs?: number;
}

/** A fake signing endpoint that records the URLs it signed. */
export function createSigner(signature: SignatureConfig = testSignature) {
  return vi.fn(async (_url: string) => signature);
}

/** Renders `ui` in StrictMode inside a DingTalkProvider over a spy transport. */
export function renderWithDingTalk(ui: ReactNode, options: RenderOptions = {}) {
  const { transport = createSpyTransport(), getSignature = createSigner(), timeoutMs, ...props } = options;
  const bridge: Bridge = createBridge(transport, timeoutMs === undefined ? {} : { timeoutMs });
  const user = userEvent.setup();
  const app = (children: ReactNode) => (
    <StrictMode>
      <DingTalkProvider bridge={bridge} getSignature={getSignature ?? undefined} {...props}>
        {children}
      </DingTalkProvider>
    </StrictMode>
  );
  const view = render(app(ui));
  return {
    ...view,
    rerender: (next: ReactNode) => view.rerender(app(next)),
    transport,
    bridge,
    getSignature,
    user,
  };
}
