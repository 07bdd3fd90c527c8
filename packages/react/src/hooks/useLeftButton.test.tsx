import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useLeftButton } from './useLeftButton';

function Panel({ onBack }: { onBack: () => void }) {
  const [step, setStep] = useState(1);
  useLeftButton({ text: step === 1 ? 'Close' : 'Back', onClick: step === 1 ? onBack : () => setStep(1) });
  return (
    <>
      <p>{`Step ${step}`}</p>
      <button type="button" onClick={() => setStep(2)}>
        Continue
      </button>
    </>
  );
}

function Host() {
  const [open, setOpen] = useState(true);
  return open ? <Panel onBack={() => setOpen(false)} /> : <p>Panel closed</p>;
}

describe('useLeftButton', () => {
  it('sets the button, follows its clicks with the latest handler, and stops listening on unmount', async () => {
    const { transport, user } = renderWithDingTalk(<Host />);
    transport.answer('biz.navigation.setLeft', undefined);
    await waitFor(() => expect(transport.calls.map((call) => call.params)).toEqual([{ text: 'Close' }]));
    expect(transport.listenerCount('leftBtnClick')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(transport.calls.at(-1)!.params).toEqual({ text: 'Back' }));
    act(() => transport.emit('leftBtnClick'));
    expect(screen.getByText('Step 1')).toBeTruthy();
    await waitFor(() => expect(transport.calls.at(-1)!.params).toEqual({ text: 'Close' }));

    act(() => transport.emit('leftBtnClick'));
    expect(screen.getByText('Panel closed')).toBeTruthy();
    expect(transport.listenerCount('leftBtnClick')).toBe(0);
  });
});
