import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useBackButton } from './useBackButton';

function Steps() {
  const [step, setStep] = useState(2);
  // A new handler every render: the latest one runs.
  useBackButton(() => setStep(step - 1));
  return <p>{`Step ${step}`}</p>;
}

function Page() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(false)}>
        Done
      </button>
      {shown && <Steps />}
    </>
  );
}

/** Android's back event as DingTalk sends it: cancellable, its default is the client going back. */
const back = () => new Event('backbutton', { cancelable: true });

describe('useBackButton', () => {
  it('runs the handler instead of the client going back, and lets go on unmount', async () => {
    const { transport, user } = renderWithDingTalk(<Page />);
    expect(transport.listenerCount('backbutton')).toBe(1);
    const first = back();
    act(() => transport.emit('backbutton', first));
    expect(first.defaultPrevented).toBe(true);
    expect(screen.getByText('Step 1')).toBeTruthy();
    act(() => transport.emit('backbutton', back()));
    expect(screen.getByText('Step 0')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(transport.listenerCount('backbutton')).toBe(0);
    // Android's left button stays the client's.
    expect(transport.calls.filter((call) => call.api === 'biz.navigation.setLeft')).toEqual([]);
  });

  it('takes over the left button on iOS: each tap runs the handler, unmount gives it back', async () => {
    const transport = createSpyTransport({ platform: 'ios' });
    transport.answer('biz.navigation.setLeft', {});
    const { user } = renderWithDingTalk(<Page />, { transport });
    const setLefts = () => transport.calls.filter((call) => call.api === 'biz.navigation.setLeft');
    await waitFor(() => expect(setLefts().map((call) => call.params)).toEqual([{ control: true, text: '' }]));
    const taken = setLefts()[0]!;

    act(() => taken.answerAgain());
    expect(screen.getByText('Step 1')).toBeTruthy();
    act(() => taken.answerAgain());
    expect(screen.getByText('Step 0')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(setLefts().at(-1)?.params).toEqual({ control: false, text: '' }));
    expect(taken.signal.aborted).toBe(true);
  });
});
