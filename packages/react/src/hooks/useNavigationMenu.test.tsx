import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useNavigationMenu } from './useNavigationMenu';

const items = [
  { id: 'share', text: '分享' },
  { id: 'help', text: '帮助' },
];

function Page() {
  const [shown, setShown] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <button type="button" onClick={() => setShown(false)}>
        Done
      </button>
      {shown && <Menu onSelect={(id) => setChosen([...chosen, id])} />}
      <p>{`Chosen: ${chosen.join(' ')}`}</p>
    </>
  );
}

function Menu({ onSelect }: { onSelect: (id: string) => void }) {
  useNavigationMenu({ items, onSelect });
  return null;
}

describe('useNavigationMenu', () => {
  it('shows the items, calls onSelect with the id of each one tapped and empties the menu on unmount', async () => {
    const transport = createSpyTransport({ platform: 'ios' });
    transport.answer('biz.navigation.setMenu', {});
    const { user } = renderWithDingTalk(<Page />, { transport });
    const setMenus = () => transport.calls.filter((call) => call.api === 'biz.navigation.setMenu');
    await waitFor(() => expect(setMenus().map((call) => call.params)).toEqual([{ items }]));

    act(() => setMenus()[0]!.answerAgain({ id: 'help' }));
    act(() => setMenus()[0]!.answerAgain({ id: 'share' }));
    expect(screen.getByText('Chosen: help share')).toBeTruthy();
    // A new onSelect each render, the same items: still the one call.
    expect(setMenus()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(setMenus().at(-1)?.params).toEqual({ items: [] }));
  });
});
