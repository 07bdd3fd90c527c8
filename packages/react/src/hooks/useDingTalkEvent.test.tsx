import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useDingTalkEvent } from './useDingTalkEvent';

function ResumeCounter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  // A new handler every render: the latest one runs, and the subscription stays.
  useDingTalkEvent('resume', () => setCount(count + 1));
  return <p>{`${label}: resumed ${count} times`}</p>;
}

function Page() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(false)}>
        Hide
      </button>
      {shown && <ResumeCounter label="Counter" />}
    </>
  );
}

describe('useDingTalkEvent', () => {
  it('calls the latest handler on each event and unsubscribes on unmount', async () => {
    const { transport, user } = renderWithDingTalk(<Page />);
    expect(transport.listenerCount('resume')).toBe(1);
    act(() => transport.emit('resume'));
    act(() => transport.emit('resume'));
    expect(screen.getByText('Counter: resumed 2 times')).toBeTruthy();
    expect(transport.listenerCount('resume')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(transport.listenerCount('resume')).toBe(0);
  });
});
