// createSignatureFetcher against @dingkit/server's real handler over HTTP on 127.0.0.1 (with a
// fake DingTalk API behind it), and against other servers a page may meet on the way.
import { createSignatureFetcher, DingTalkError, sign } from '@dingkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type SigningServer, startSigningServer } from '../support/startSigningServer';

const page = 'http://127.0.0.1:5173/approvals?id=7&tab=%E5%BE%85%E5%8A%9E';

let signing: SigningServer;
beforeAll(async () => {
  signing = await startSigningServer(['http://127.0.0.1:5173']);
});
afterAll(() => signing.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DingTalkError);
      return error as DingTalkError;
    },
  );

describe('createSignatureFetcher with @dingkit/server', () => {
  it('resolves with the signature of exactly the page URL it was given', async () => {
    const signature = await createSignatureFetcher(signing.endpoint)(page);
    expect(signature).toMatchObject({ agentId: '253441237', corpId: 'dingcorp1234' });
    const ticket = signing.api.lastTicket();
    expect(ticket).toBeDefined();
    expect(signature.signature).toBe(
      await sign({
        jsapi_ticket: ticket!,
        noncestr: signature.nonceStr,
        timestamp: signature.timeStamp,
        url: page,
      }),
    );
  });

  it('keeps a query the endpoint already has', async () => {
    await expect(createSignatureFetcher(`${signing.endpoint}?app=approvals`)(page)).resolves.toMatchObject({
      corpId: 'dingcorp1234',
    });
  });

  it('rejects SIGNATURE_FAILED with the status and the server’s error and message', async () => {
    const outside = 'http://localhost:5173/approvals';
    const error = await failure(createSignatureFetcher(signing.endpoint)(outside));
    const message =
      'http://localhost:5173 is not in allowedOrigins, so its pages are not signed. Add it to allowedOrigins on the server if the app is served from there.';
    expect(error).toMatchObject({
      code: 'SIGNATURE_FAILED',
      api: 'getSignature',
      details: { url: outside, status: 403, error: 'ORIGIN_NOT_ALLOWED', message },
    });
    expect(error.message).toBe(
      `getSignature: GET ${signing.endpoint} answered 403 ORIGIN_NOT_ALLOWED: ${message}`,
    );
  });

  it('passes on the 400 of a URL the server will not sign', async () => {
    const error = await failure(createSignatureFetcher(signing.endpoint)('about:blank'));
    expect(error.details).toMatchObject({ status: 400, error: 'INVALID_INPUT' });
    expect(error.message).toBe(
      `getSignature: GET ${signing.endpoint} answered 400 INVALID_INPUT: Only http and https pages can be signed, not about:.`,
    );
  });
});

describe('createSignatureFetcher with other servers', () => {
  it('sends the fetch options it was given, and reads any server that answers the same way', async () => {
    const server = await listen((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.headers.authorization !== 'Bearer t0k3n') {
        response.statusCode = 401;
        response.end(JSON.stringify({ error: 'UNAUTHENTICATED', message: 'Sign in first.' }));
        return;
      }
      const url = new URL(request.url ?? '', server.url).searchParams.get('url');
      response.end(
        JSON.stringify({ agentId: '1', corpId: 'c', timeStamp: 1, nonceStr: 'n', signature: url }),
      );
    });
    try {
      const endpoint = `${server.url}/sign`;
      await expect(
        createSignatureFetcher(endpoint, { headers: { authorization: 'Bearer t0k3n' } })(page),
      ).resolves.toMatchObject({ signature: page });
      const error = await failure(createSignatureFetcher(endpoint)(page));
      expect(error.message).toBe(
        `getSignature: GET ${endpoint} answered 401 UNAUTHENTICATED: Sign in first.`,
      );
    } finally {
      await server.close();
    }
  });

  it.each([
    [502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    // A dev server that answers an unknown path with the app's own page.
    [200, 'text/html', '<!doctype html><div id="root"></div>'],
  ])('rejects an answer %i that is not JSON, saying what to check', async (status, type, body) => {
    const server = await listen((_request, response) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
    try {
      const endpoint = `${server.url}/api/dingtalk/signature`;
      const error = await failure(createSignatureFetcher(endpoint)(page));
      expect(error).toMatchObject({ code: 'SIGNATURE_FAILED', details: { url: page, status } });
      expect(error.message).toBe(
        `getSignature: GET ${endpoint} answered ${status}: not JSON; check the endpoint's path.`,
      );
      expect(error.cause).toBeInstanceOf(SyntaxError);
    } finally {
      await server.close();
    }
  });

  it('rejects SIGNATURE_FAILED with the network error when nothing listens', async () => {
    const server = await listen(() => {});
    await server.close();
    const endpoint = `${server.url}/api/dingtalk/signature`;
    const error = await failure(createSignatureFetcher(endpoint)(page));
    expect(error).toMatchObject({ code: 'SIGNATURE_FAILED', details: { url: page, status: undefined } });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      `getSignature: GET ${endpoint} failed (TypeError: fetch failed). Check that the server is up and lets this page call it (CORS).`,
    );
  });
});
