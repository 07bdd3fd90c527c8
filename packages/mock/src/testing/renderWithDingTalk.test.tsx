import { useConfirm, useContactChoose, useDingTalk } from '@dingkit/react';
import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { mockOrg } from '../mockOrg';
import { chooseContacts } from './chooseContacts';
import { confirm } from './confirm';
import { renderWithDingTalk } from './renderWithDingTalk';

/** What the provider knows after the handshake, as a page might show it. */
function Status() {
  const { status, platform, corpId, error, isSupported } = useDingTalk();
  return (
    <ul>
      <li>status: {status}</li>
      <li>platform: {platform}</li>
      <li>corpId: {corpId ?? '-'}</li>
      <li>error: {error?.code ?? '-'}</li>
      <li>contacts: {isSupported('biz.contact.choose') ? 'yes' : 'no'}</li>
    </ul>
  );
}

const shown = (term: string) =>
  screen.getByText(new RegExp(`^${term}: `)).textContent?.slice(term.length + 2);

function Choose() {
  const choose = useContactChoose({ corpId: mockOrg.corpId });
  return (
    <>
      <button type="button" onClick={() => void choose.run().catch(() => {})}>
        选人
      </button>
      <p>{choose.error?.code ?? choose.data?.map((person) => person.name).join('、')}</p>
    </>
  );
}

describe('renderWithDingTalk', () => {
  it('renders in StrictMode under a provider whose handshake is done', async () => {
    const effects: string[] = [];
    function Probe() {
      useEffect(() => {
        effects.push('mounted');
      }, []);
      return null;
    }
    const { controller } = renderWithDingTalk(
      <>
        <Status />
        <Probe />
      </>,
    );
    expect(await screen.findByText('status: ready')).toBeTruthy();
    expect(effects).toEqual(['mounted', 'mounted']);
    expect(shown('platform')).toBe('pc');
    expect(shown('corpId')).toBe(mockOrg.corpId);
    expect(controller.calls[0]).toMatchObject({ api: 'config', status: 'resolved' });
  });

  it.each([
    ['configError', 'error', 'CONFIG_FAILED'],
    ['signatureFailure', 'error', 'SIGNATURE_FAILED'],
  ] as const)('handshake %s ends in %s with %s', async (handshake, status, code) => {
    renderWithDingTalk(<Status />, { handshake });
    expect(await screen.findByText(`status: ${status}`)).toBeTruthy();
    expect(shown('error')).toBe(code);
  });

  it('handshake none: no signature, no config; APIs that need authorisation reject UNAUTHORIZED', async () => {
    const { user, controller } = renderWithDingTalk(
      <>
        <Status />
        <Choose />
      </>,
      { handshake: 'none' },
    );
    expect(await screen.findByText('status: ready')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '选人' }));
    expect(await screen.findByText('UNAUTHORIZED')).toBeTruthy();
    expect(controller.calls.some((call) => call.api === 'config')).toBe(false);
  });

  it('behaves as the platform given', async () => {
    renderWithDingTalk(<Status />, { platform: 'ios' });
    expect(await screen.findByText('status: ready')).toBeTruthy();
    expect(shown('platform')).toBe('ios');
    expect(shown('contacts')).toBe('no');
  });

  it('outside DingTalk: unavailable', async () => {
    renderWithDingTalk(<Status />, { platform: 'notInDingTalk' });
    expect(await screen.findByText('status: unavailable')).toBeTruthy();
  });

  it('answers by script (respond, fail) with no dialog', async () => {
    const wang = mockOrg.users[1]!;
    const { user } = renderWithDingTalk(<Choose />, {
      respond: { 'biz.contact.choose': [{ name: wang.name, avatar: wang.avatar, emplId: wang.emplId }] },
    });
    await user.click(screen.getByRole('button', { name: '选人' }));
    expect(await screen.findByText('王芳')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('fails by script', async () => {
    const { user } = renderWithDingTalk(<Choose />, { fail: { 'biz.contact.choose': 'API_FAILED' } });
    await user.click(screen.getByRole('button', { name: '选人' }));
    expect(await screen.findByText('API_FAILED')).toBeTruthy();
  });

  it('shows the host’s dialogs in the locale given', async () => {
    const { user } = renderWithDingTalk(<Choose />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: '选人' }));
    expect(await screen.findByRole('dialog', { name: 'Choose contacts' })).toBeTruthy();
    await chooseContacts(['李娜']);
    expect(screen.getByText('李娜')).toBeTruthy();
  });

  it('keeps the mocked DingTalk around the UI when rerendered', async () => {
    const { rerender, controller } = renderWithDingTalk(<Status />);
    expect(await screen.findByText('status: ready')).toBeTruthy();
    rerender(<Choose />);
    expect(screen.getByRole('button', { name: '选人' })).toBeTruthy();
    expect(controller.calls.filter((call) => call.api === 'config')).toHaveLength(1);
  });

  it('renders with the render function given, sync or async, and adds the mock to its result', async () => {
    const sync = renderWithDingTalk(<Status />, { render });
    expect(sync.controller.org).toBe(mockOrg);
    expect(await sync.findByText('status: ready')).toBeTruthy();
    sync.unmount();

    const pending = renderWithDingTalk(<Status />, { render: async (ui) => render(ui) });
    expect(pending).toBeInstanceOf(Promise);
    const rendered = await pending;
    expect(rendered.bridge.platform).toBe('pc');
    expect(await rendered.findByText('status: ready')).toBeTruthy();
  });
});

describe('which mock the helpers answer', () => {
  it('the latest one still mounted; none once it is unmounted', async () => {
    const { unmount } = renderWithDingTalk(<Status />);
    unmount();
    await expect(confirm(0)).rejects.toThrow(
      'confirm(0) has no mock to answer: render with renderWithDingTalk() first (still mounted), or pass { controller }.',
    );
  });

  it('the one given as controller', async () => {
    const first = renderWithDingTalk(<Choose />, { host: false });
    renderWithDingTalk(<p>another page</p>, { host: false });
    await first.user.click(screen.getByRole('button', { name: '选人' }));
    await chooseContacts(['赵磊'], { controller: first.controller });
    expect(screen.getByText('赵磊')).toBeTruthy();
  });
});

describe('when no call comes, the error says what happened instead', () => {
  it('rejected before it could open (UNSUPPORTED on iOS)', async () => {
    const { user } = renderWithDingTalk(<Choose />, { platform: 'ios' });
    await user.click(screen.getByRole('button', { name: '选人' }));
    await expect(chooseContacts(['王芳'], { timeoutMs: 30 })).rejects.toThrow(
      /within 30 ms\.\nThe latest one \(#\d+, biz\.contact\.choose\) was rejected with UNSUPPORTED: /,
    );
  });

  it('answered by a script', async () => {
    const { user } = renderWithDingTalk(<Choose />, { respond: { 'biz.contact.choose': [] } });
    await user.click(screen.getByRole('button', { name: '选人' }));
    await expect(chooseContacts(['王芳'], { timeoutMs: 30 })).rejects.toThrow(
      /was already answered: by a respond\(\) script/,
    );
  });

  it('never made, with the failed handshake named', async () => {
    const { user } = renderWithDingTalk(<Choose />, { handshake: 'configError' });
    await user.click(screen.getByRole('button', { name: '选人' }));
    await expect(confirm(0, { timeoutMs: 30 })).rejects.toThrow(
      'confirm(0): no device.notification.confirm call was waiting for a person within 30 ms.\n' +
        'The app has not made the call: do what opens it first (e.g. await user.click(…)), then await the helper.\n' +
        'The handshake failed with CONFIG_FAILED: calls that need it never reach DingTalk.',
    );
  });

  it('waiting for the handshake', async () => {
    const { user } = renderWithDingTalk(<Choose />, { latencyMs: 5_000 });
    await user.click(screen.getByRole('button', { name: '选人' }));
    await expect(chooseContacts(['王芳'], { timeoutMs: 30 })).rejects.toThrow(
      /The app has not made the call: .*\nThe handshake has not finished yet \(latencyMs\?\): calls wait for it; pass a larger \{ timeoutMs \}\./,
    );
  });

  it('still on its way', async () => {
    function Ask() {
      const ask = useConfirm({ message: '继续？' });
      return (
        <button type="button" onClick={() => void ask.run().catch(() => {})}>
          继续
        </button>
      );
    }
    const { user } = renderWithDingTalk(<Ask />, { latencyMs: 5_000, handshake: 'none' });
    await user.click(screen.getByRole('button', { name: '继续' }));
    await expect(confirm(0, { timeoutMs: 30 })).rejects.toThrow(
      /The latest one \(#\d+, device\.notification\.confirm\) is still on its way \(latencyMs\?\): pass a larger \{ timeoutMs \}\./,
    );
  });
});
