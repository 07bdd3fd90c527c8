import { sign } from '@dingkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingTalkServer, type DingTalkServerOptions } from './createDingTalkServer';
import { DingTalkServerError } from './DingTalkServerError';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';

let api: FakeDingTalkApi;
let clock: number;
let logLines: string[];

const origin = 'https://app.example.com';

function server(overrides: Partial<DingTalkServerOptions> = {}) {
  return createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '253441237',
    corpId: 'dingcorp1234',
    allowedOrigins: [origin, 'http://localhost:5173'],
    baseUrl: api.url,
    now: () => clock,
    timeoutMs: 2000,
    logger: {
      debug: (message, details) => logLines.push(`${message} ${JSON.stringify(details)}`),
      info: (message, details) => logLines.push(`${message} ${JSON.stringify(details)}`),
      warn: (message, details) => logLines.push(`${message} ${JSON.stringify(details)}`),
      error: (message, details) => logLines.push(`${message} ${JSON.stringify(details)}`),
    },
    ...overrides,
  });
}

/** Resolves with the rejection of `promise`, failing if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<DingTalkServerError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(DingTalkServerError);
  return outcome as DingTalkServerError;
}

/** Fails if any secret the fake knows about appears in `text`. */
function expectNoSecrets(text: string) {
  expect(text).not.toContain(api.appSecret);
  for (const value of api.issued) expect(text).not.toContain(value);
}

function describeError(error: DingTalkServerError) {
  return [error.message, error.stack ?? '', JSON.stringify(error), String(error), error.errmsg ?? ''].join(
    '\n',
  );
}

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  clock = Date.UTC(2026, 0, 5, 9, 30);
  logLines = [];
});

afterEach(async () => {
  await api.close();
  // Whatever happened in the test, nothing secret reached the log.
  expectNoSecrets(logLines.join('\n'));
});

describe('access_token and jsapi_ticket', () => {
  it('makes one token and one ticket request for 500 concurrent signUrl calls', async () => {
    api.setDelay('/gettoken', 50);
    api.setDelay('/get_jsapi_ticket', 50);
    const dingtalk = server();
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        dingtalk.signUrl(`${origin}/page/${index}?from=list#/detail`),
      ),
    );
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    const ticket = api.lastTicket()!;
    for (const [index, result] of results.entries()) {
      const expected = await sign({
        jsapi_ticket: ticket,
        noncestr: result.nonceStr,
        timestamp: result.timeStamp,
        url: `${origin}/page/${index}?from=list`,
      });
      expect(result.signature).toBe(expected);
    }
    expect(new Set(results.map((result) => result.nonceStr)).size).toBe(500);
  });

  it('serves the cached token and ticket until expires_in minus the margin, then fetches again', async () => {
    const dingtalk = server({ refreshMarginMs: 300_000 });
    const firstTicket = await dingtalk.getJsapiTicket();
    const firstToken = await dingtalk.getAccessToken();

    clock += 7200_000 - 300_000 - 1;
    await expect(dingtalk.getJsapiTicket()).resolves.toBe(firstTicket);
    await expect(dingtalk.getAccessToken()).resolves.toBe(firstToken);
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);

    clock += 1;
    const secondTicket = await dingtalk.getJsapiTicket();
    expect(secondTicket).not.toBe(firstTicket);
    expect(await dingtalk.getAccessToken()).not.toBe(firstToken);
    expect(api.count('/gettoken')).toBe(2);
    expect(api.count('/get_jsapi_ticket')).toBe(2);
  });

  it('uses at most half of a short expires_in as the margin', async () => {
    await api.close();
    api = await createFakeDingTalkApi({ tokenExpiresIn: 60, ticketExpiresIn: 60 });
    const dingtalk = server({ refreshMarginMs: 300_000 });
    await dingtalk.getJsapiTicket();
    clock += 29_999;
    await dingtalk.getJsapiTicket();
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    clock += 1;
    await dingtalk.getJsapiTicket();
    expect(api.count('/get_jsapi_ticket')).toBe(2);
  });

  it.each([40001, 40014, 42001])(
    'drops the token and retries once when DingTalk answers errcode %i',
    async (errcode) => {
      const dingtalk = server();
      const staleToken = await dingtalk.getAccessToken();
      api.answerNext('/get_jsapi_ticket', { body: { errcode, errmsg: 'token problem' } });

      const ticket = await dingtalk.getJsapiTicket();

      expect(ticket).toBe(api.lastTicket());
      expect(api.count('/gettoken')).toBe(2);
      expect(api.count('/get_jsapi_ticket')).toBe(2);
      const fresh = await dingtalk.getAccessToken();
      expect(fresh).not.toBe(staleToken);
      expect(api.requests.at(-1)?.query.get('access_token')).toBe(fresh);
      expect(logLines.some((line) => line.includes('rejected the cached access_token'))).toBe(true);
    },
  );

  it('recovers when DingTalk expired the token before the cache did', async () => {
    await api.close();
    api = await createFakeDingTalkApi({ ticketExpiresIn: 3600 });
    const dingtalk = server({ refreshMarginMs: 60_000 });
    await dingtalk.signUrl(`${origin}/`);
    api.expireTokens();
    clock += 3600_000;

    const result = await dingtalk.signUrl(`${origin}/`);

    expect(api.count('/gettoken')).toBe(2);
    // The first ticket, the one refused with 42001, and its retry.
    expect(api.count('/get_jsapi_ticket')).toBe(3);
    expect(result.signature).toBe(
      await sign({
        jsapi_ticket: api.lastTicket()!,
        noncestr: result.nonceStr,
        timestamp: result.timeStamp,
        url: `${origin}/`,
      }),
    );
  });

  it('retries only once, then rejects with the errcode', async () => {
    const dingtalk = server();
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 42001, errmsg: 'access_token超时' } });
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 42001, errmsg: 'access_token超时' } });

    const error = await rejection(dingtalk.getJsapiTicket());

    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 42001, api: '/get_jsapi_ticket' });
    expect(api.count('/get_jsapi_ticket')).toBe(2);
    expect(api.count('/gettoken')).toBe(2);
  });

  it('does not retry other errcodes', async () => {
    const dingtalk = server();
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 90018, errmsg: '调用太频繁' } });
    const error = await rejection(dingtalk.getJsapiTicket());
    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 90018, errmsg: '调用太频繁' });
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    expect(api.count('/gettoken')).toBe(1);
  });

  it('rejects a wrong app secret with the errcode and a hint, without the secret', async () => {
    const dingtalk = server({ appSecret: 'the-wrong-secret-77' });
    const error = await rejection(dingtalk.getAccessToken());
    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 40089, api: '/gettoken' });
    expect(error.message).toMatch(/appKey and appSecret/);
    expect(describeError(error)).not.toContain('the-wrong-secret-77');
    expect(api.count('/gettoken')).toBe(1);
  });

  it('scrubs a token or secret that DingTalk echoes in errmsg', async () => {
    const dingtalk = server();
    const token = await dingtalk.getAccessToken();
    api.answerNext('/get_jsapi_ticket', {
      body: {
        errcode: 40035,
        errmsg: `bad request GET /gettoken?appkey=${api.appKey}&appsecret=${api.appSecret} using ${token}`,
      },
    });
    const error = await rejection(dingtalk.getJsapiTicket());
    expect(error.errcode).toBe(40035);
    expect(error.errmsg).toContain('appsecret=***');
    expectNoSecrets(describeError(error));
  });

  it('turns an HTTP error, a non-JSON answer and a missing field into typed errors', async () => {
    const dingtalk = server();
    api.answerNext('/gettoken', { status: 503, body: '<html>Service Unavailable</html>' });
    expect(await rejection(dingtalk.getAccessToken())).toMatchObject({ code: 'HTTP_ERROR', status: 503 });

    api.answerNext('/gettoken', { status: 200, body: '<html>captive portal</html>' });
    expect(await rejection(dingtalk.getAccessToken())).toMatchObject({
      code: 'BAD_RESPONSE',
      api: '/gettoken',
    });

    await dingtalk.getAccessToken();
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 0, errmsg: 'ok', expires_in: 7200 } });
    const missing = await rejection(dingtalk.getJsapiTicket());
    expect(missing).toMatchObject({ code: 'BAD_RESPONSE', api: '/get_jsapi_ticket' });
    expect(missing.message).toContain('"ticket"');
  });

  it('times out a slow DingTalk, settles every waiting caller, and caches nothing', async () => {
    const dingtalk = server({ timeoutMs: 150 });
    api.setDelay('/gettoken', 2000);
    const started = performance.now();
    const errors = await Promise.all(Array.from({ length: 50 }, () => rejection(dingtalk.getAccessToken())));
    expect(performance.now() - started).toBeLessThan(1500);
    for (const error of errors) expect(error).toMatchObject({ code: 'TIMEOUT', api: '/gettoken' });
    expect(api.count('/gettoken')).toBe(1);

    api.setDelay('/gettoken', 0);
    await expect(dingtalk.getAccessToken()).resolves.toMatch(/^fake-token-2-/);
  });

  it('times out even with a fetch that ignores the abort signal', async () => {
    const dingtalk = server({ timeoutMs: 100, fetch: () => new Promise<Response>(() => undefined) });
    expect(await rejection(dingtalk.getAccessToken())).toMatchObject({ code: 'TIMEOUT' });
  });

  it('reports a DingTalk that is down as NETWORK_ERROR, without the URL or its secrets', async () => {
    const dingtalk = server();
    await api.close();
    const error = await rejection(dingtalk.getJsapiTicket());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', api: '/gettoken' });
    expect(error.message).toContain('ECONNREFUSED');
    expectNoSecrets(describeError(error));
    expect(error.message).not.toContain('appsecret');
  });
});

describe('signUrl', () => {
  it('reproduces the worked example of the signature algorithm', async () => {
    await api.close();
    api = await createFakeDingTalkApi({
      ticket: 'mS5k98fdkdgDKxkXGEs8LORVREiweeWETE40P37wkidkfksDSKDJFD5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcKIDU8l',
    });
    clock = 1414588745_000;
    const dingtalk = server({
      allowedOrigins: ['http://open.dingtalk.com'],
      nonce: () => 'Zn4zmLFKD0wzilzM',
    });

    await expect(dingtalk.signUrl('http://open.dingtalk.com')).resolves.toEqual({
      agentId: '253441237',
      corpId: 'dingcorp1234',
      timeStamp: 1414588745,
      nonceStr: 'Zn4zmLFKD0wzilzM',
      signature: '10de2b0a6763ec3685a50272b5b0eb2848098dc2',
    });
  });

  it('signs the URL without its hash, with a seconds timestamp and a fresh random nonce', async () => {
    const dingtalk = server();
    const url = `${origin}/app/?x=%E4%B8%AD&y=1#/list?tab=2`;
    const result = await dingtalk.signUrl(url);

    expect(Object.keys(result).sort()).toEqual(['agentId', 'corpId', 'nonceStr', 'signature', 'timeStamp']);
    expect(result.timeStamp).toBe(Math.floor(clock / 1000));
    expect(result.nonceStr).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(result.signature).toBe(
      await sign({
        jsapi_ticket: api.lastTicket()!,
        noncestr: result.nonceStr,
        timestamp: String(result.timeStamp),
        url: `${origin}/app/?x=%E4%B8%AD&y=1`,
      }),
    );
    const again = await dingtalk.signUrl(url);
    expect(again.nonceStr).not.toBe(result.nonceStr);
  });

  it.each([
    ['a foreign origin', 'https://evil.example.com/app', 'ORIGIN_NOT_ALLOWED'],
    ['a subdomain of an allowed origin', 'https://sub.app.example.com/', 'ORIGIN_NOT_ALLOWED'],
    ['a look-alike host', 'https://app.example.com.evil.example/', 'ORIGIN_NOT_ALLOWED'],
    ['another port', 'https://app.example.com:8443/', 'ORIGIN_NOT_ALLOWED'],
    ['another scheme', 'http://app.example.com/', 'ORIGIN_NOT_ALLOWED'],
    ['a javascript: URL', 'javascript:alert(document.cookie)', 'INVALID_INPUT'],
    ['a data: URL', 'data:text/html,<script>1</script>', 'INVALID_INPUT'],
    ['a 100 KB URL', `${origin}/?q=${'a'.repeat(100 * 1024)}`, 'INVALID_INPUT'],
    ['an empty URL', '', 'INVALID_INPUT'],
    ['a relative URL', '/app/page', 'INVALID_INPUT'],
    ['a URL with a space', `${origin}/a b`, 'INVALID_INPUT'],
    ['a URL with credentials', 'https://user:pw@app.example.com/', 'INVALID_INPUT'],
    ['a URL with a newline', `${origin}/\n`, 'INVALID_INPUT'],
  ])('refuses %s before asking DingTalk', async (_, url, code) => {
    const error = await rejection(server().signUrl(url));
    expect(error).toMatchObject({ code, field: 'url' });
    expect(api.requests).toHaveLength(0);
  });

  it('refuses a non-string url', async () => {
    const error = await rejection(server().signUrl(42 as unknown as string));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'url' });
  });

  it('accepts an allowed origin on a non-default port exactly', async () => {
    const result = await server().signUrl('http://localhost:5173/#/home');
    expect(result.signature).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('getUserByAuthCode', () => {
  it('exchanges the code with the two documented calls and returns the user', async () => {
    const dingtalk = server();
    const user = await dingtalk.getUserByAuthCode('auth-code-1');

    expect(user).toEqual({
      userid: 'manager4220',
      name: '张三',
      mobile: '13800000000',
      department: [1],
      sys_level: 0,
      is_sys: false,
      deviceId: 'device-1',
    });
    const calls = api.requests.filter((request) => request.path.startsWith('/user/'));
    expect(calls.map((call) => call.path)).toEqual(['/user/getuserinfo', '/user/get']);
    expect(calls[0]?.query.get('code')).toBe('auth-code-1');
    expect(calls[1]?.query.get('userid')).toBe('manager4220');
    const token = await dingtalk.getAccessToken();
    expect(calls.every((call) => call.query.get('access_token') === token)).toBe(true);
  });

  it('rejects an unknown code with DingTalk’s errcode and a hint', async () => {
    const error = await rejection(server().getUserByAuthCode('expired-code'));
    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 40078, api: '/user/getuserinfo' });
    expect(error.message).toMatch(/requestAuthCode/);
    expect(describeError(error)).not.toContain('expired-code');
  });

  it('retries once with a fresh token when the token was rejected', async () => {
    const dingtalk = server();
    await dingtalk.getAccessToken();
    api.expireTokens();
    await expect(dingtalk.getUserByAuthCode('auth-code-1')).resolves.toMatchObject({ userid: 'manager4220' });
    expect(api.count('/gettoken')).toBe(2);
    expect(api.count('/user/getuserinfo')).toBe(2);
    expect(api.count('/user/get')).toBe(1);
  });

  it.each([
    ['an empty code', ''],
    ['a missing code', undefined],
    ['a code with spaces', 'a b'],
    ['a huge code', 'x'.repeat(10_000)],
  ])('refuses %s before asking DingTalk', async (_, code) => {
    const error = await rejection(server().getUserByAuthCode(code as string));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'code' });
    expect(api.requests).toHaveLength(0);
  });
});

describe('options', () => {
  it.each([
    ['a missing appSecret', { appSecret: '' }, 'appSecret'],
    ['a missing corpId', { corpId: undefined as unknown as string }, 'corpId'],
    ['no allowed origins', { allowedOrigins: [] }, 'allowedOrigins'],
    ['an origin with a path', { allowedOrigins: ['https://app.example.com/app'] }, 'allowedOrigins'],
    ['a wildcard origin', { allowedOrigins: ['https://*.example.com'] }, 'allowedOrigins'],
    ['a non-http origin', { allowedOrigins: ['ftp://app.example.com'] }, 'allowedOrigins'],
    ['a bad baseUrl', { baseUrl: 'oapi.dingtalk.com' }, 'baseUrl'],
    ['a zero timeout', { timeoutMs: 0 }, 'timeoutMs'],
  ])('refuses %s', (_, overrides, field) => {
    expect(() => server(overrides)).toThrow(DingTalkServerError);
    try {
      server(overrides);
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field });
    }
  });

  it('normalises allowed origins (trailing slash, case)', async () => {
    const dingtalk = server({ allowedOrigins: ['HTTPS://App.Example.com/'] });
    await expect(dingtalk.signUrl(`${origin}/x`)).resolves.toMatchObject({ corpId: 'dingcorp1234' });
  });
});
