import { apisNeedingAuth, createBridge, type DingTalkError, type ReadyInfo } from '@dingkit/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler, StrictMode, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DingTalkProvider } from './DingTalkProvider';
import { useConfirm, useContactChoose, useToast } from './hooks/apiHooks';
import { createSpyTransport } from './test/createSpyTransport';
import { createSigner, renderWithDingTalk, testSignature } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

function HandshakeStatus() {
  const { status, error, retry, authorizedAPIList, unauthorizedAPIList } = useDingTalk();
  return (
    <section>
      <p>Handshake: {status}</p>
      {error && <p role="alert">{`${error.code}: ${error.message}`}</p>}
      <p>
        Authorised: {authorizedAPIList.length}, refused: {unauthorizedAPIList.join(', ') || 'none'}
      </p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </section>
  );
}

function DeleteButton() {
  const { run, status, data, error } = useConfirm({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] });
  return (
    <>
      <button type="button" onClick={() => run()}>
        Delete
      </button>
      <output>
        {status === 'success' ? `Answer ${data.buttonIndex}` : status === 'error' ? error.code : status}
      </output>
    </>
  );
}

function ChooseButton() {
  const { run, error } = useContactChoose({ corpId: 'ding-corp' });
  return (
    <>
      <button type="button" onClick={() => run()}>
        Choose people
      </button>
      {error && <p role="alert">{`${error.code}: ${error.message}`}</p>}
    </>
  );
}

/** Shows a toast as soon as it mounts, like a page announcing itself. */
function Greeting({ name }: { name: string }) {
  const { run, status } = useToast({ text: `Hello ${name}` });
  useEffect(() => {
    void run();
  }, [run]);
  return <p>{`Greeting ${name}: ${status}`}</p>;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('DingTalkProvider', () => {
  it('signs the page URL and configures once, in StrictMode, while several components call at once', async () => {
    const { transport, getSignature } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <Greeting name="Ann" />
        <Greeting name="Bo" />
        <Greeting name="Cy" />
      </>,
    );

    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(getSignature).toHaveBeenCalledWith('http://localhost:3000/');
    expect(transport.configs).toHaveLength(1);
    expect(transport.configs[0]!.config).toEqual({
      ...testSignature,
      jsApiList: apisNeedingAuth('pc'),
    });
    expect(screen.getByText(`Authorised: ${apisNeedingAuth('pc').length}, refused: none`)).toBeTruthy();

    // Each greeting's toast crossed exactly once, after the handshake.
    await waitFor(() => expect(transport.calls).toHaveLength(3));
    expect(transport.calls.map((call) => call.params.text).sort()).toEqual([
      'Hello Ann',
      'Hello Bo',
      'Hello Cy',
    ]);
    for (const call of transport.calls) call.resolve();
    expect(await screen.findByText('Greeting Cy: success')).toBeTruthy();
    expect(transport.calls).toHaveLength(3);
  });

  it('holds a call made before ready and runs it right after', async () => {
    const transport = createSpyTransport({ config: 'manual' });
    const { user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <DeleteButton />
      </>,
      { transport },
    );
    expect(await screen.findByText('Handshake: configuring')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('status').textContent).toBe('pending');
    await waitFor(() => expect(transport.configs).toHaveLength(1));
    expect(transport.calls).toHaveLength(0);

    act(() => transport.configs[0]!.resolve());
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]!.params).toEqual({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] });
    act(() => transport.calls[0]!.resolve({ buttonIndex: 0 }));
    expect(await screen.findByText('Answer 0')).toBeTruthy();
    expect(screen.getByText('Handshake: ready')).toBeTruthy();
  });

  it('rejects held calls with the handshake failure when getSignature rejects, and retry() recovers', async () => {
    const getSignature = vi
      .fn<(url: string) => Promise<typeof testSignature>>()
      .mockRejectedValueOnce(new Error('503 from /api/sign'))
      .mockResolvedValue(testSignature);
    const { transport, user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <DeleteButton />
      </>,
      { getSignature },
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('SIGNATURE_FAILED: getSignature failed: 503 from /api/sign.');
    expect(alert.textContent).toContain('http://localhost:3000/');
    expect(transport.configs).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('SIGNATURE_FAILED', { selector: 'output' })).toBeTruthy();
    expect(transport.calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(2);
    expect(transport.configs).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fails with SIGNATURE_FAILED when getSignature never answers', async () => {
    renderWithDingTalk(<HandshakeStatus />, {
      getSignature: () => new Promise(() => {}),
      signatureTimeoutMs: 30,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('SIGNATURE_FAILED: getSignature did not answer within 30 ms.');
  });

  it('fails with SIGNATURE_FAILED naming the fields when getSignature returns a malformed object', async () => {
    const onError = vi.fn<(error: DingTalkError) => void>();
    const { transport } = renderWithDingTalk(<HandshakeStatus />, {
      getSignature: async () => ({ agentId: 1001, corpId: '', timeStamp: 1 }) as never,
      onError,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'getSignature returned a malformed object: corpId, nonceStr, signature are missing or not a non-empty string.',
    );
    expect(transport.configs).toHaveLength(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'SIGNATURE_FAILED', field: 'corpId' });
  });

  it('reports a rejected config with the signed URL, timestamp, nonce and hints', async () => {
    window.history.replaceState(null, '', '/app?team=%E9%92%89#/home');
    const transport = createSpyTransport({ config: 'manual' });
    const onError = vi.fn<(error: DingTalkError) => void>();
    // 'current': one config; 'auto' would sign the landing URL next (see test/container/landingUrl).
    const { user } = renderWithDingTalk(<HandshakeStatus />, { transport, onError, signatureUrl: 'current' });
    await waitFor(() => expect(transport.configs).toHaveLength(1));
    act(() => transport.configs[0]!.reject({ errorCode: 52013, errorMessage: '签名校验失败' }));

    const alert = await screen.findByRole('alert');
    const url = 'http://localhost:3000/app?team=%E9%92%89';
    expect(alert.textContent).toContain('CONFIG_FAILED: config failed. DingTalk said: 52013 签名校验失败.');
    expect(alert.textContent).toContain(`Signed URL: ${url}, timeStamp: 1700000000, nonceStr: nonce-1.`);
    expect(alert.textContent).toContain('The page address has a hash (#/home)');
    expect(alert.textContent).toContain('The URL has the port :3000');
    expect(alert.textContent).toContain('no decoding, re-encoding or reordering');
    expect(alert.textContent).toContain('(4) The jsapi_ticket may be stale');
    expect(alert.textContent).toContain('(5) The page was opened at http://localhost:3000/;');
    expect(alert.textContent).not.toContain('(6)');
    expect(alert.textContent).not.toContain('config was called');
    const error = onError.mock.calls[0]![0];
    expect(error).toMatchObject({
      code: 'CONFIG_FAILED',
      errorCode: 52013,
      platformMessage: '签名校验失败',
      details: { url, timeStamp: 1_700_000_000, nonceStr: 'nonce-1', agentId: '1001', count: 1 },
    });

    // A second rejected config on the same page says so.
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(transport.configs).toHaveLength(2));
    act(() => transport.configs[1]!.reject({ errorCode: 52013, errorMessage: '签名校验失败' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('config was called 2 times'));
  });

  it('fails with TIMEOUT when the container never answers config', async () => {
    renderWithDingTalk(<HandshakeStatus />, {
      transport: createSpyTransport({ config: 'manual' }),
      configTimeoutMs: 30,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('TIMEOUT: DingTalk did not answer config within 30 ms.');
  });

  it('re-signs before the next call after a navigation to another URL, but not after a hash change', async () => {
    const { transport, getSignature, user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <DeleteButton />
      </>,
    );
    transport.answer('device.notification.confirm', { buttonIndex: 1 });
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();

    window.history.pushState(null, '', '/#/settings');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer 1')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(1);

    window.history.pushState(null, '', '/orders/7?tab=all');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(transport.calls).toHaveLength(2));
    expect(getSignature).toHaveBeenCalledTimes(2);
    expect(getSignature).toHaveBeenLastCalledWith('http://localhost:3000/orders/7?tab=all');
    expect(transport.configs).toHaveLength(2);

    window.history.replaceState(null, '', '/orders/8');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(transport.calls).toHaveLength(3));
    expect(getSignature).toHaveBeenLastCalledWith('http://localhost:3000/orders/8');

    // Back (popstate) to the first page: signed again, since the last signature was for /orders/8.
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(window.location.href).toBe('http://localhost:3000/#/settings');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(transport.calls).toHaveLength(4));
    expect(getSignature).toHaveBeenCalledTimes(4);
    expect(getSignature).toHaveBeenLastCalledWith('http://localhost:3000/');
    expect(transport.configs).toHaveLength(4);
  });

  it('is unavailable outside DingTalk, where calls reject NOT_IN_DINGTALK at once', async () => {
    const { transport, getSignature, user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <DeleteButton />
      </>,
      { transport: createSpyTransport({ platform: 'notInDingTalk' }) },
    );
    expect(await screen.findByText('Handshake: unavailable')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('NOT_IN_DINGTALK', { selector: 'output' })).toBeTruthy();
    expect(getSignature).not.toHaveBeenCalled();
    expect(transport.configs).toHaveLength(0);
    expect(transport.calls).toHaveLength(0);
  });

  it('skips the handshake without getSignature; APIs that need no authorisation still work', async () => {
    const { transport, user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <DeleteButton />
        <ChooseButton />
      </>,
      { getSignature: null },
    );
    transport.answer('device.notification.confirm', { buttonIndex: 0 });
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer 0')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'UNAUTHORIZED: biz.contact.choose needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.',
    );
    expect(transport.configs).toHaveLength(0);
    expect(transport.calls.map((call) => call.api)).toEqual(['device.notification.confirm']);
  });

  it('rejects an API the handshake did not authorise with UNAUTHORIZED, without crossing the bridge', async () => {
    const { transport, user } = renderWithDingTalk(
      <>
        <HandshakeStatus />
        <ChooseButton />
      </>,
      { transport: createSpyTransport({ unauthorized: ['biz.contact.choose'] }) },
    );
    expect(await screen.findByText(/refused: biz\.contact\.choose/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^UNAUTHORIZED: biz\.contact\.choose was not authorised by config\./,
    );
    expect(transport.calls).toHaveLength(0);
  });

  it('calls onReady once with what ready reported', async () => {
    const onReady = vi.fn<(info: ReadyInfo) => void>();
    renderWithDingTalk(<HandshakeStatus />, {
      transport: createSpyTransport({ unauthorized: ['biz.ding.post'] }),
      jsApiList: ['biz.contact.choose', 'biz.ding.post'],
      onReady,
    });
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(onReady).toHaveBeenCalledWith({
      authorizedAPIList: ['biz.contact.choose'],
      unauthorizedAPIList: ['biz.ding.post'],
    });
  });

  it('reuses the handshake of its bridge when it remounts on the same URL', async () => {
    const transport = createSpyTransport();
    const bridge = createBridge(transport);
    const getSignature = createSigner();
    const app = (key: string) => (
      <StrictMode>
        <DingTalkProvider key={key} bridge={bridge} getSignature={getSignature}>
          <HandshakeStatus />
        </DingTalkProvider>
      </StrictMode>
    );
    const { rerender } = render(app('first'));
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    rerender(app('second'));
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(transport.configs).toHaveLength(1);
  });

  it('renders each consumer once for the ready transition, and none for a call elsewhere', async () => {
    const commits = { status: 0, button: 0 };
    const transport = createSpyTransport({ config: 'manual' });
    const { user } = renderWithDingTalk(
      <>
        <Profiler id="status" onRender={() => commits.status++}>
          <HandshakeStatus />
        </Profiler>
        <Profiler id="button" onRender={() => commits.button++}>
          <DeleteButton />
        </Profiler>
      </>,
      { transport },
    );
    expect(await screen.findByText('Handshake: configuring')).toBeTruthy();
    const before = { ...commits };
    await waitFor(() => expect(transport.configs).toHaveLength(1));
    act(() => transport.configs[0]!.resolve());
    expect(await screen.findByText('Handshake: ready')).toBeTruthy();
    expect(commits.status - before.status).toBe(1);
    expect(commits.button - before.button).toBe(0);

    const afterReady = { ...commits };
    transport.answer('device.notification.confirm', { buttonIndex: 0 });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer 0')).toBeTruthy();
    expect(commits.button - afterReady.button).toBe(2);
    expect(commits.status - afterReady.status).toBe(0);
  });
});
