// The provider and hooks over the real dingtalk-jsapi, in an emulated DingTalk PC client.
import { createJsapiBridge, signatureUrl } from '@dingkit/core';
import {
  type EmulatedConfigOutcome,
  type EmulatedDingTalk,
  type EmulatorHandler,
  emulateDingTalk,
} from '@dingkit/mock/emulator';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DingTalkProvider, type DingTalkProviderProps } from './DingTalkProvider';
import { useConfirm, useDownloadFile, useOpenModal } from './hooks/apiHooks';
import { useLeftButton } from './hooks/useLeftButton';
import { createSigner, testSignature } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

let handle: EmulatorHandler;
let config: EmulatedConfigOutcome | ((params: Record<string, unknown>) => EmulatedConfigOutcome);
let emulator: EmulatedDingTalk;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  emulator = emulateDingTalk({
    platform: 'pc',
    version: '7.0.10',
    handle: (method, params, context) => handle(method, params, context),
    config: (params) => (typeof config === 'function' ? config(params) : config),
  });
});
afterAll(() => {
  emulator.uninstall();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});
beforeEach(() => {
  handle = (method) => {
    throw { errorCode: 'TEST', errorMessage: `unexpected ${method}` };
  };
  config = { status: 'ready' };
  window.history.replaceState(null, '', '/');
});

function renderInDingTalk(ui: ReactNode, props: Omit<DingTalkProviderProps, 'children'> = {}) {
  const bridge = createJsapiBridge();
  const getSignature = createSigner();
  const user = userEvent.setup();
  const seen = emulator.requests.length;
  render(
    <StrictMode>
      <DingTalkProvider bridge={bridge} getSignature={getSignature} {...props}>
        {ui}
      </DingTalkProvider>
    </StrictMode>,
  );
  return { user, getSignature, requests: () => emulator.requests.slice(seen) };
}

function Status() {
  const { status, error, platform } = useDingTalk();
  return (
    <>
      <p>{`Handshake ${status} on ${platform ?? 'unknown'}`}</p>
      {error && <p role="alert">{`${error.code}: ${error.message}`}</p>}
    </>
  );
}

function Delete() {
  const { run, status, data, error } = useConfirm({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] });
  return (
    <>
      <button type="button" onClick={() => run()}>
        Delete
      </button>
      <output>{status === 'success' ? `Answer ${data.buttonIndex}` : (error?.code ?? status)}</output>
    </>
  );
}

describe('over dingtalk-jsapi in an emulated PC client', () => {
  it('signs and configures once, then a confirm crosses and answers', async () => {
    handle = (method, params) =>
      method === 'device.notification.confirm' ? { buttonIndex: 1, params } : undefined;
    const { user, getSignature, requests } = renderInDingTalk(
      <>
        <Status />
        <Delete />
      </>,
    );
    expect(await screen.findByText('Handshake ready on pc')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer 1')).toBeTruthy();

    expect(getSignature).toHaveBeenCalledTimes(1);
    const [handshake, confirm, ...rest] = requests();
    expect(rest).toEqual([]);
    expect(handshake).toEqual({
      method: 'config',
      params: expect.objectContaining({ ...testSignature, url: signatureUrl(location.href) }),
    });
    expect(confirm).toEqual({
      method: 'device.notification.confirm',
      params: expect.objectContaining({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] }),
    });
  });

  it('re-signs after a navigation, through a second config the package would otherwise ignore', async () => {
    handle = () => ({ buttonIndex: 0 });
    const { user, getSignature, requests } = renderInDingTalk(
      <>
        <Status />
        <Delete />
      </>,
    );
    expect(await screen.findByText('Handshake ready on pc')).toBeTruthy();
    window.history.pushState(null, '', '/orders/7');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer 0')).toBeTruthy();
    expect(getSignature).toHaveBeenLastCalledWith(`${location.origin}/orders/7`);
    expect(requests().map((request) => [request.method, request.params.url])).toEqual([
      ['config', `${location.origin}/`],
      ['config', `${location.origin}/orders/7`],
      ['device.notification.confirm', undefined],
    ]);
  });

  it('reports the client rejecting the signature as CONFIG_FAILED with what was signed', async () => {
    config = { status: 'error', errorCode: 52013, errorMessage: '签名校验失败' };
    renderInDingTalk(<Status />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('CONFIG_FAILED: config failed. DingTalk said: 52013 签名校验失败.');
    expect(alert.textContent).toContain(
      `Signed URL: ${location.origin}/, timeStamp: 1700000000, nonceStr: nonce-1.`,
    );
  });

  it("carries the message the modal's page passed to quit", async () => {
    handle = (method, params) =>
      method === 'biz.util.openModal' ? { message: `saved ${params.title}` } : undefined;
    function Edit() {
      const { run, data } = useOpenModal({ url: 'https://example.com/edit', size: 'middle' });
      return (
        <>
          <button type="button" onClick={() => run({ title: 'order 7' })}>
            Edit
          </button>
          {data && <p>{`Modal said: ${data.message}`}</p>}
        </>
      );
    }
    const { user } = renderInDingTalk(<Edit />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(await screen.findByText('Modal said: saved order 7')).toBeTruthy();
  });

  it('shows download progress the client sends on the call, and 100% once done', async () => {
    let finish!: () => void;
    handle = (_method, _params, { emit }) => {
      emit('progress', { loaded: 300, total: 1200 });
      return new Promise((resolve) => {
        finish = () => resolve(true);
      });
    };
    function Download() {
      const { run, progress, status } = useDownloadFile({ url: 'https://example.com/a.pdf' });
      return (
        <>
          <button type="button" onClick={() => run()}>
            Download
          </button>
          <p>{`${status} ${progress ? `${progress.percent}%` : ''}`}</p>
        </>
      );
    }
    const { user } = renderInDingTalk(<Download />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('pending 25%')).toBeTruthy();
    finish();
    expect(await screen.findByText('success 100%')).toBeTruthy();
  });

  it('sets the left button and follows its clicks', async () => {
    handle = () => undefined;
    function Panel() {
      const { status } = useLeftButton({ text: 'Back', onClick: () => void emitted.push('back') });
      return <p>{`Left button ${status}`}</p>;
    }
    const emitted: string[] = [];
    const { requests } = renderInDingTalk(<Panel />);
    expect(await screen.findByText('Left button success')).toBeTruthy();
    expect(requests().filter((request) => request.method === 'biz.navigation.setLeft')).toEqual([
      { method: 'biz.navigation.setLeft', params: expect.objectContaining({ text: 'Back' }) },
    ]);
    await waitFor(() => expect(emulator.emit('leftBtnClick')).toBe(true));
    await waitFor(() => expect(emitted.length).toBeGreaterThan(0));
  });
});
