import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useAuthCode } from './apiHooks';

function SignIn({ corpId }: { corpId?: string }) {
  const { run, data, error } = useAuthCode(corpId ? { corpId } : undefined);
  return (
    <>
      <button type="button" onClick={() => run()}>
        Sign in
      </button>
      {data && <p>{`Code ${data.code}`}</p>}
      {error && <p role="alert">{error.message}</p>}
    </>
  );
}

describe('useAuthCode', () => {
  it("takes corpId from the provider's signature, waiting for it when needed", async () => {
    const transport = createSpyTransport({ config: 'manual' });
    const { user } = renderWithDingTalk(<SignIn />, { transport });
    transport.answer('runtime.permission.requestAuthCode', { code: 'auth-1' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(transport.configs).toHaveLength(1));
    expect(transport.calls).toHaveLength(0);
    act(() => transport.configs[0]!.resolve());
    expect(await screen.findByText('Code auth-1')).toBeTruthy();
    expect(transport.calls[0]!.params).toEqual({ corpId: 'ding-corp' });
  });

  it('uses the corpId it is given', async () => {
    const { transport, user } = renderWithDingTalk(<SignIn corpId="ding-other" />);
    transport.answer('runtime.permission.requestAuthCode', { code: 'auth-2' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Code auth-2')).toBeTruthy();
    expect(transport.calls[0]!.params).toEqual({ corpId: 'ding-other' });
  });

  it('says where corpId comes from when there is neither a corpId nor a signature', async () => {
    const { transport, user } = renderWithDingTalk(<SignIn />, { getSignature: null });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'runtime.permission.requestAuthCode needs corpId. Pass it to run(), or give DingTalkProvider a getSignature: the corpId of its signature is used.',
    );
    expect(transport.calls).toHaveLength(0);
  });
});
