// The handshake end to end: the page's createSignatureFetcher asks @dingkit/server's real handler
// over HTTP on 127.0.0.1 (a fake DingTalk API behind it), and the real dingtalk-jsapi sends the
// signature to an emulated PC client that checks it.
import { createJsapiBridge, createSignatureFetcher, sign } from '@dingkit/core';
import { DingTalkProvider, useContactChoose, useDingTalk } from '@dingkit/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SigningServer, startSigningServer } from '../support/startSigningServer';
import { setUpContainer } from './setUpContainer';

// The page's address, as the browser would have it.
const goTo = (url: string) =>
  (globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } }).jsdom.reconfigure({ url });

const container = setUpContainer({ platform: 'pc', version: '7.0.10' }, () => createJsapiBridge());
let signing: SigningServer;
beforeAll(async () => {
  signing = await startSigningServer(['http://127.0.0.1:5173']);
});
afterAll(() => signing.close());

function Page() {
  const { status, error, corpId } = useDingTalk();
  const choose = useContactChoose({ multiple: true });
  return (
    <>
      <p>{`Handshake ${status}${corpId ? ` for ${corpId}` : ''}`}</p>
      {error && <p role="alert">{`${error.code}: ${error.message}`}</p>}
      <button type="button" onClick={() => void choose.run()}>
        选择负责人
      </button>
      {choose.data && <p>{choose.data.map((person) => person.name).join(', ')}</p>}
    </>
  );
}

function renderPage() {
  render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={createSignatureFetcher(signing.endpoint)}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
}

it('says the origin is not in allowedOrigins when the page is on localhost and only 127.0.0.1 is allowed', async () => {
  goTo('http://localhost:5173/approvals');
  renderPage();
  expect(await screen.findByText('Handshake error')).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toBe(
    `SIGNATURE_FAILED: getSignature: GET ${signing.endpoint} answered 403 ORIGIN_NOT_ALLOWED: http://localhost:5173 is not in allowedOrigins, so its pages are not signed. Add it to allowedOrigins on the server if the app is served from there.`,
  );
  // Nothing reached DingTalk.
  expect(container.newRequests()).toEqual([]);
});

it('signs the page on an allowed origin, and the pickers take corpId from that signature', async () => {
  goTo('http://127.0.0.1:5173/approvals?id=7#/detail');
  container.handler = () => [{ name: '黄婷', avatar: '', emplId: '0108' }];
  renderPage();
  expect(await screen.findByText('Handshake ready for dingcorp1234')).toBeTruthy();
  await userEvent.setup().click(screen.getByRole('button', { name: '选择负责人' }));
  expect(await screen.findByText('黄婷')).toBeTruthy();
  const [config, choose] = container.newRequests();
  const { url, nonceStr, timeStamp, signature } = config?.params ?? {};
  expect(config?.method).toBe('config');
  expect(url).toBe('http://127.0.0.1:5173/approvals?id=7');
  // What the client checks: the signature of the URL it was sent, with the ticket it issued.
  expect(signature).toBe(
    await sign({
      jsapi_ticket: signing.api.lastTicket() ?? '',
      noncestr: String(nonceStr),
      timestamp: timeStamp as number,
      url: String(url),
    }),
  );
  expect(choose).toEqual({
    method: 'biz.contact.choose',
    params: { multiple: true, corpId: 'dingcorp1234' },
  });
});

it('leaves no unhandled rejections behind', async () => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(container.unhandledRejections).toEqual([]);
});
