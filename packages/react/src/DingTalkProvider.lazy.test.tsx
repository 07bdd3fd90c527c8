// The detected bridge inside DingTalk: what a hook carries is known at once; a name is looked up
// in the full catalog, a chunk of its own, and what depends on it follows once it arrives.
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useOpenModal, useToast } from './hooks/apiHooks';
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
  const support = `modal ${isSupported(useOpenModal)}, vibrate ${isSupported('device.notification.vibrate')}, toast ${isSupported('device.notification.toast')}`;
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

it('answers isSupported at once for a hook, for a name once the catalog arrives, and validates calls at once', async () => {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  expect(await screen.findByText('modal true, vibrate false, toast true')).toBeTruthy();
  // A hook answered as soon as the bridge was known; the names were not known yet.
  expect(seen[0]).toBe('modal true, vibrate undefined, toast undefined');
  await user.click(screen.getByRole('button', { name: 'Toast' }));
  expect((await screen.findByRole('alert')).textContent).toBe('INVALID_PARAMS text');
  expect(emulator.requests).toEqual([]);
});
