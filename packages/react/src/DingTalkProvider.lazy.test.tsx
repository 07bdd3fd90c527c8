// The detected bridge loads its checks lazily: what depends on them follows once they arrive.
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useToast } from './hooks/useToast';
import { useDingTalk } from './useDingTalk';

let emulator: EmulatedDingTalk;
beforeAll(() => {
  emulator = emulateDingTalk({ platform: 'pc', version: '7.0.10', handle: () => undefined });
});
afterAll(() => emulator.uninstall());

const seen: string[] = [];

function Page() {
  const { isSupported, status } = useDingTalk();
  const toast = useToast();
  const support = `modal ${isSupported('biz.util.openModal')}, vibrate ${isSupported('device.notification.vibrate')}`;
  if (status !== 'idle' && seen.at(-1) !== support) seen.push(support);
  return (
    <>
      <p>{support}</p>
      <button type="button" onClick={() => toast.run({ text: '', duration: 9 })}>
        Toast
      </button>
      {toast.error && <p role="alert">{`${toast.error.code} ${toast.error.field}`}</p>}
    </>
  );
}

it('answers isSupported once the checks arrive, and validates calls with them', async () => {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  expect(await screen.findByText('modal true, vibrate false')).toBeTruthy();
  // Until the checks arrived, nothing claimed support.
  expect(seen[0]).toBe('modal false, vibrate false');
  await user.click(screen.getByRole('button', { name: 'Toast' }));
  expect((await screen.findByRole('alert')).textContent).toBe('INVALID_PARAMS text');
  expect(emulator.requests).toEqual([]);
});
