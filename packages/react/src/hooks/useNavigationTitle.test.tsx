import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useNavigationTitle } from './useNavigationTitle';

function OrderPage() {
  const [order, setOrder] = useState(7);
  const { error } = useNavigationTitle(`Order ${order}`);
  return (
    <>
      <button type="button" onClick={() => setOrder(order + 1)}>
        Next order
      </button>
      {error && <p role="alert">{error.code}</p>}
    </>
  );
}

describe('useNavigationTitle', () => {
  it('sets the title on mount and again when it changes', async () => {
    const { transport, user } = renderWithDingTalk(<OrderPage />);
    transport.answer('biz.navigation.setTitle', undefined);
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]!.params).toEqual({ title: 'Order 7' });

    await user.click(screen.getByRole('button', { name: 'Next order' }));
    await waitFor(() => expect(transport.calls).toHaveLength(2));
    expect(transport.calls.map((call) => call.params)).toEqual([{ title: 'Order 7' }, { title: 'Order 8' }]);
  });

  it('reports a failure, e.g. outside a modal or slide panel', async () => {
    const { transport } = renderWithDingTalk(<OrderPage />);
    transport.answer('biz.navigation.setTitle', () =>
      Promise.reject({ errorCode: 1, errorMessage: 'not in a modal' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('API_FAILED');
  });
});
