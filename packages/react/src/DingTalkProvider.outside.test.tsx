// An ordinary browser tab: the detected bridge says notInDingTalk and nothing is signed.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { expect, it } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useConfirm } from './hooks/apiHooks';
import { createSigner } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

function Page() {
  const { status } = useDingTalk();
  const { run, error } = useConfirm({ message: 'Delete?' });
  return (
    <>
      <p>{`Handshake ${status}`}</p>
      <button type="button" onClick={() => run()}>
        Delete
      </button>
      {error && <p role="alert">{error.message}</p>}
    </>
  );
}

it('is unavailable outside DingTalk, and calls say what to do', async () => {
  const getSignature = createSigner();
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider getSignature={getSignature}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  expect(await screen.findByText('Handshake unavailable')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'device.notification.confirm needs the DingTalk client, and this page is not running inside it. Open it from DingTalk, or use @dingkit/mock during development.',
  );
  expect(getSignature).not.toHaveBeenCalled();
});
