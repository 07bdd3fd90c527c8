// A half-loaded DingTalk PC container (window.name says DingTalk, nothing answers), with the real
// dingtalk-jsapi: the handshake and the calls waiting for it must still settle.
import { createJsapiBridge } from '@dingkit/core';
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useConfirm } from './hooks/apiHooks';
import { createSigner } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

let emulator: EmulatedDingTalk;
beforeAll(() => {
  emulator = emulateDingTalk({ platform: 'pc', bridge: false });
});
afterAll(() => emulator.uninstall());

function Page() {
  const { status, error } = useDingTalk();
  const confirm = useConfirm({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] });
  return (
    <>
      <p>{`Handshake ${status}`}</p>
      {error && <p role="alert">{error.message}</p>}
      <button type="button" onClick={() => confirm.run()}>
        Delete
      </button>
      <output>{confirm.error?.code ?? confirm.status}</output>
    </>
  );
}

it('times out the handshake and rejects the calls that waited for it', async () => {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={createSigner()} configTimeoutMs={50}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'DingTalk did not answer config within 50 ms. The container may be half-loaded: open the page inside the DingTalk client.',
  );
  expect(screen.getByText('Handshake error')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('TIMEOUT');
});
