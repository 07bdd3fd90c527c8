// @vitest-environment-options {"url": "http://127.0.0.1:5173/a?x=1"}
// The landing-URL signature: an emulated Android client that, like some real ones, checks the
// signature against the URL the page was opened with (/a?x=1) rather than the current one after
// a client-side navigation (/b). The page opens at /a?x=1 (the environment's URL, before dingkit
// loads), then pushes /b.
import { createJsapiBridge, type Locale, type SignatureConfig, sign } from '@dingkit/core';
import { DingTalkProvider, useDingTalk, useJsApi } from '@dingkit/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpContainer } from './setUpContainer';

const landing = 'http://127.0.0.1:5173/a?x=1';
const current = 'http://127.0.0.1:5173/b';
const ticket = 'fixture-jsapi-ticket';
const nonceStr = 'nonce-1';
const timeStamp = 1_700_000_000;
// The first handshake loads dingtalk-jsapi and a message table: slow on a busy machine.
const settles = { timeout: 10_000 };

const container = setUpContainer({ platform: 'android', version: '7.0.50' }, () => createJsapiBridge());

let landingSignature = '';
beforeAll(async () => {
  landingSignature = await sign({
    jsapi_ticket: ticket,
    noncestr: nonceStr,
    timestamp: timeStamp,
    url: landing,
  });
  history.pushState(null, '', '/b');
});

/** The page's signing endpoint, recording which URL it was asked to sign. */
function signer() {
  const asked: string[] = [];
  const getSignature = async (url: string): Promise<SignatureConfig> => {
    asked.push(url);
    return {
      agentId: '22',
      corpId: 'dingcorp1',
      timeStamp,
      nonceStr,
      signature: await sign({ jsapi_ticket: ticket, noncestr: nonceStr, timestamp: timeStamp, url }),
    };
  };
  return { asked, getSignature };
}

function Page() {
  const { status, error } = useDingTalk();
  const uuid = useJsApi('device.base.getUUID');
  return (
    <>
      <p>{`Handshake ${status}`}</p>
      {error && <p role="alert">{`${error.code}: ${error.message}`}</p>}
      <button type="button" onClick={() => void uuid.run({})}>
        Read the device id
      </button>
      {uuid.data && <p>{`Device ${uuid.data.uuid}`}</p>}
    </>
  );
}

function renderPage(options: { signatureUrl?: 'current' | 'auto'; locale?: Locale }) {
  const { asked, getSignature } = signer();
  render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={getSignature} {...options}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  return asked;
}

describe('a client that checks the landing URL', () => {
  beforeAll(() => {
    expect(location.href).toBe(current);
  });

  const onlyLanding = (params: Record<string, unknown>) =>
    params.signature === landingSignature
      ? ({ status: 'ready' } as const)
      : ({ status: 'error', errorCode: '52013', errorMessage: 'signature mismatch' } as const);

  it('with signatureUrl "current", fails CONFIG_FAILED naming the landing URL', async () => {
    container.config = onlyLanding;
    const asked = renderPage({ signatureUrl: 'current', locale: 'en' });
    expect(await screen.findByText('Handshake error', {}, settles)).toBeTruthy();
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toMatch(/^CONFIG_FAILED: /);
    expect(alert).toContain(`Signed URL: ${current}`);
    expect(alert).toContain(`The page was opened at ${landing}`);
    expect(asked).toEqual([current]);
  });

  it('names the landing URL in Chinese too', async () => {
    container.config = onlyLanding;
    renderPage({ signatureUrl: 'current', locale: 'zh-CN' });
    expect(await screen.findByText('Handshake error', {}, settles)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(`本页面最初打开的地址是 ${landing}`);
  });

  it('with "auto" (the default), signs the current URL, then the landing one, and the call resolves', async () => {
    container.config = onlyLanding;
    container.handler = (method) => (method === 'device.base.getUUID' ? { uuid: 'device-7' } : undefined);
    const asked = renderPage({});
    expect(await screen.findByText('Handshake ready', {}, settles)).toBeTruthy();
    expect(asked).toEqual([current, landing]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read the device id' }));
    expect(await screen.findByText('Device device-7', {}, settles)).toBeTruthy();
    const configs = container.newRequests().filter((r) => r.method === 'runtime.permission.requestJsApis');
    expect(configs.map((r) => r.params.signature)).toEqual([expect.any(String), landingSignature]);
  });

  it('remembers for the page that this platform takes the landing URL', async () => {
    container.config = onlyLanding;
    const asked = renderPage({});
    expect(await screen.findByText('Handshake ready', {}, settles)).toBeTruthy();
    expect(asked).toEqual([landing]);
  });
});
