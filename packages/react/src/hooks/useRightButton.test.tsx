import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useRightButton } from './useRightButton';

function Form() {
  const [saved, setSaved] = useState(0);
  const { status } = useRightButton({ text: saved ? '再存' : '保存', onClick: () => setSaved(saved + 1) });
  return <p>{`Saved ${saved} times, ${status}`}</p>;
}

function Page() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(false)}>
        Done
      </button>
      {shown && <Form />}
    </>
  );
}

describe('useRightButton', () => {
  it('shows the button, calls the latest onClick per tap, follows its text and gives it back on unmount', async () => {
    const transport = createSpyTransport({ platform: 'android' });
    transport.answer('biz.navigation.setRight', {});
    const { user } = renderWithDingTalk(<Page />, { transport });
    const setRights = () => transport.calls.filter((call) => call.api === 'biz.navigation.setRight');
    expect(await screen.findByText('Saved 0 times, success')).toBeTruthy();
    expect(setRights().map((call) => call.params)).toEqual([{ show: true, control: true, text: '保存' }]);

    act(() => setRights()[0]!.answerAgain());
    expect(screen.getByText(/^Saved 1 times/)).toBeTruthy();
    // The new text is a new call; the old one stops listening.
    await waitFor(() =>
      expect(setRights().at(-1)?.params).toEqual({ show: true, control: true, text: '再存' }),
    );
    expect(setRights()[0]!.signal.aborted).toBe(true);
    act(() => setRights().at(-1)!.answerAgain());
    expect(screen.getByText(/^Saved 2 times/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(setRights().at(-1)?.params).toEqual({ control: false, text: '' }));
  });

  it('reports UNSUPPORTED on PC, where DingTalk has no such button', async () => {
    renderWithDingTalk(<Form />);
    expect(await screen.findByText('Saved 0 times, error')).toBeTruthy();
  });
});
