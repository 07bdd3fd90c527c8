import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode, StrictMode, useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useConfirm, usePrompt, useToast } from './hooks/apiHooks';
import { renderWithDingTalk } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

function Rename({ message = 'New name?' }: { message?: string }) {
  const { run, status, data, error, isPending, reset } = usePrompt({ message });
  return (
    <>
      <button type="button" onClick={() => run()}>
        Rename
      </button>
      <button type="button" onClick={reset}>
        Clear
      </button>
      <p>{isPending ? 'Waiting for an answer…' : 'Idle'}</p>
      <output>
        {status === 'success' ? `Renamed to ${data.value}` : status === 'error' ? error.code : status}
      </output>
    </>
  );
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('action hooks', () => {
  it('shows pending while DingTalk waits for the person, then the answer; reset() clears it', async () => {
    const { transport, user } = renderWithDingTalk(<Rename />);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByText('Waiting for an answer…')).toBeTruthy();
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]!.params).toEqual({ message: 'New name?' });
    act(() => transport.calls[0]!.resolve({ buttonIndex: 0, value: 'Q3 plan' }));
    expect(await screen.findByText('Renamed to Q3 plan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByRole('status').textContent).toBe('idle');
  });

  it('uses the latest defaults and keeps run stable across renders', async () => {
    const runs = new Set<unknown>();
    function Probe({ message }: { message: string }) {
      const { run } = useConfirm({ message, buttonLabels: ['OK', 'Cancel'] });
      useEffect(() => {
        runs.add(run);
      });
      return (
        <button type="button" onClick={() => run()}>
          Ask
        </button>
      );
    }
    const { transport, user, rerender } = renderWithDingTalk(<Probe message="First?" />);
    rerender(<Probe message="Second?" />);
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]!.params).toEqual({ message: 'Second?', buttonLabels: ['OK', 'Cancel'] });
    expect(runs.size).toBe(1);
  });

  it('follows the latest call when the person submits twice', async () => {
    const { transport, user } = renderWithDingTalk(<Rename />);
    await user.dblClick(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(transport.calls).toHaveLength(2));
    act(() => transport.calls[1]!.resolve({ buttonIndex: 0, value: 'second' }));
    expect(await screen.findByText('Renamed to second')).toBeTruthy();
    act(() => transport.calls[0]!.resolve({ buttonIndex: 0, value: 'first' }));
    await act(() => Promise.resolve());
    expect(screen.getByRole('status').textContent).toBe('Renamed to second');
  });

  it('aborts a pending call on unmount and sets no state afterwards', async () => {
    function Page() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
          {open && <Rename />}
        </>
      );
    }
    const { transport, user } = renderWithDingTalk(<Page />);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(transport.calls[0]!.signal.aborted).toBe(true);
    // The client answering late changes nothing and warns about nothing.
    transport.calls[0]!.resolve({ buttonIndex: 0, value: 'late' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  it('rejects bad params with INVALID_PARAMS before the bridge', async () => {
    function EmptyToast() {
      const { run, error } = useToast();
      return (
        <>
          <button type="button" onClick={() => run({ text: 'Hi', duration: 30 })}>
            Toast
          </button>
          {error && <p role="alert">{`${error.code} ${error.field}`}</p>}
        </>
      );
    }
    const { transport, user } = renderWithDingTalk(<EmptyToast />);
    await user.click(screen.getByRole('button', { name: 'Toast' }));
    expect((await screen.findByRole('alert')).textContent).toBe('INVALID_PARAMS duration');
    expect(transport.calls).toHaveLength(0);
  });

  it('shows CANCELLED when the person dismisses the dialog', async () => {
    const { transport, user } = renderWithDingTalk(<Rename />);
    transport.answer('device.notification.prompt', () => Promise.reject({ errorCode: -1 }));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('CANCELLED')).toBeTruthy();
  });

  it('times out when the container never answers', async () => {
    function Saved() {
      const { run, error } = useToast({ text: 'Saved' });
      return (
        <>
          <button type="button" onClick={() => run()}>
            Save
          </button>
          {error && <p role="alert">{error.message}</p>}
        </>
      );
    }
    const { user } = renderWithDingTalk(<Saved />, { timeoutMs: 30 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'device.notification.toast got no answer from DingTalk within 30 ms.',
    );
  });

  it('throws an error naming the hook and the provider when used outside it', () => {
    // React reports the caught render errors on the console and, in React 18, as window errors.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const swallow = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', swallow);
    try {
      function Lost() {
        useToast();
        return null;
      }
      function Status() {
        useDingTalk();
        return null;
      }
      render(
        <StrictMode>
          <Boundary>
            <Lost />
          </Boundary>
          <Boundary>
            <Status />
          </Boundary>
        </StrictMode>,
      );
      const [hook, status] = screen.getAllByRole('alert');
      expect(hook!.textContent).toMatch(/^useToast\(\) must be used inside <DingTalkProvider>/);
      expect(status!.textContent).toMatch(/^useDingTalk\(\) must be used inside <DingTalkProvider>/);
    } finally {
      window.removeEventListener('error', swallow);
      quiet.mockRestore();
    }
  });
});
