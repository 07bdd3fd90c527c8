// A client prepared at module scope, before React mounts, and the provider that uses it: one
// signature request and one config, whether the provider is handed the client or finds its bridge.
import { createBridge, prepareDingTalk } from '@dingkit/core';
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useToast } from './hooks/apiHooks';
import { createSpyTransport } from './test/createSpyTransport';
import { createSigner } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

function Page() {
  const { status } = useDingTalk();
  const toast = useToast({ text: '已保存' });
  return (
    <>
      <p>{`Handshake ${status}`}</p>
      <button type="button" onClick={() => toast.run()}>
        Save
      </button>
      <output>{toast.status}</output>
    </>
  );
}

describe('prepareDingTalk', () => {
  it('asks for the signature at once, and the provider handed the client uses that handshake', async () => {
    const transport = createSpyTransport();
    transport.answer('device.notification.toast', undefined);
    const bridge = createBridge(transport);
    const getSignature = createSigner();
    const client = prepareDingTalk({ bridge, getSignature });
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(prepareDingTalk({ bridge, getSignature })).toBe(client);

    const user = userEvent.setup();
    render(
      <StrictMode>
        <DingTalkProvider client={client}>
          <Page />
        </DingTalkProvider>
        {/* A provider of its own on the same bridge shares the page's handshake too. */}
        <DingTalkProvider bridge={bridge} getSignature={getSignature} />
      </StrictMode>,
    );
    expect(await screen.findByText('Handshake ready')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('success')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(transport.configs).toHaveLength(1);
  });
});

describe('prepareDingTalk inside DingTalk, with the detected bridge', () => {
  let emulator: EmulatedDingTalk;
  beforeAll(() => {
    emulator = emulateDingTalk({ platform: 'pc', version: '7.0.10', handle: () => undefined });
  });
  afterAll(() => emulator.uninstall());

  it('shares the page bridge with a provider that was given nothing but getSignature', async () => {
    const getSignature = createSigner();
    const client = prepareDingTalk({ getSignature });
    expect(client.bridge?.platform).toBe('pc');
    expect(getSignature).toHaveBeenCalledTimes(1);
    render(
      <StrictMode>
        <DingTalkProvider getSignature={getSignature}>
          <Page />
        </DingTalkProvider>
      </StrictMode>,
    );
    expect(await screen.findByText('Handshake ready')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(emulator.requests.map((request) => request.method)).toEqual(['config']);
  });
});
