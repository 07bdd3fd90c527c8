// Without a bridge prop the provider detects the container itself, on the client, after mount.
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useToast } from './hooks/apiHooks';
import { createSigner } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

let emulator: EmulatedDingTalk;
beforeAll(() => {
  emulator = emulateDingTalk({ platform: 'pc', version: '7.0.10', handle: () => undefined });
});
afterAll(() => emulator.uninstall());

const firstRender: string[] = [];

function Page() {
  const { status, platform, bridge } = useDingTalk();
  const toast = useToast({ text: 'Saved' });
  if (firstRender.length === 0)
    firstRender.push(`${status} ${platform ?? 'unknown'} ${bridge ? 'bridge' : 'none'}`);
  return (
    <>
      <p>{`Handshake ${status} on ${platform ?? 'unknown'} ${bridge?.version ?? ''}`}</p>
      <button type="button" onClick={() => toast.run()}>
        Save
      </button>
      <output>{toast.status}</output>
    </>
  );
}

it('detects the DingTalk PC client with dingtalk-jsapi and runs the handshake there', async () => {
  const getSignature = createSigner();
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider getSignature={getSignature}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  expect(firstRender).toEqual(['idle unknown none']);
  expect(await screen.findByText('Handshake ready on pc 7.0.10')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('success')).toBeTruthy();
  expect(getSignature).toHaveBeenCalledTimes(1);
  expect(emulator.requests.map((request) => request.method)).toEqual(['config', 'device.notification.toast']);
});
