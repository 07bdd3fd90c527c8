import { sign } from '@dingkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DingTalkServerOptions } from './createDingTalkServer';
import { createMemoryStore } from './createMemoryStore';
import { DingTalkServerError } from './DingTalkServerError';
import type { DingTalkStore } from './DingTalkStore';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer, recordingLogger } from './test/createTestServer';

let api: FakeDingTalkApi;
let clock: number;
let logLines: string[];

const origin = 'https://app.example.com';

function server(overrides: Partial<DingTalkServerOptions> = {}) {
  return createTestServer(api, {
    allowedOrigins: [origin, 'http://localhost:5173'],
    now: () => clock,
    timeoutMs: 2000,
    logger: recordingLogger(logLines),
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
      expect(logLines.some((line) => line.includes('rejected the access_token'))).toBe(true);
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
    await dingtalk.getAccessToken();
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 42001, errmsg: 'access_token超时' } });
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 42001, errmsg: 'access_token超时' } });

    const error = await rejection(dingtalk.getJsapiTicket());

    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 42001, api: '/get_jsapi_ticket' });
    expect(api.count('/get_jsapi_ticket')).toBe(2);
    expect(api.count('/gettoken')).toBe(2);
  });

  it('does not retry with another token when a token fetched just now is refused', async () => {
    const dingtalk = server();
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 40001, errmsg: '不合法的access_token' } });
    const error = await rejection(dingtalk.getJsapiTicket());
    expect(error).toMatchObject({ code: 'API_ERROR', errcode: 40001 });
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);
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
    expect(error.message).toMatch(/AppKey and AppSecret/);
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
    const dingtalk = server({ timeoutMs: 500 });
    api.setDelay('/gettoken', 5000);
    const started = performance.now();
    const errors = await Promise.all(Array.from({ length: 50 }, () => rejection(dingtalk.getAccessToken())));
    // A bound, not a speed check: far below the 5 s the fake would take.
    expect(performance.now() - started).toBeLessThan(3000);
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

  it.each([
    [
      'a backslash before @',
      'https://app.example.com\\@evil.example.com/',
      'https://app.example.com/@evil.example.com/',
    ],
    ['no slashes after the scheme', 'https:app.example.com/', 'https://app.example.com/'],
    ['an explicit default port', 'https://app.example.com:443/', 'https://app.example.com/'],
    ['an upper-case host', 'https://APP.example.com/', 'https://app.example.com/'],
    ['a full-width host', 'https://ａｐｐ.example.com/', 'https://app.example.com/'],
    ['a soft hyphen in the host', 'https://app.ex\u00ADample.com/', 'https://app.example.com/'],
    ['a zero-width joiner in the host', 'https://app.exa\u200Dmple.com/', undefined],
    ['no path', 'https://app.example.com', 'https://app.example.com/'],
    ['a dot segment', 'https://app.example.com/a/../admin', 'https://app.example.com/admin'],
    ['a backslash in the path', 'https://app.example.com\\admin', 'https://app.example.com/admin'],
    ['a raw non-ASCII path', 'https://app.example.com/页面', 'https://app.example.com/%E9%A1%B5%E9%9D%A2'],
  ])(
    'refuses a URL with %s, which no browser sends, and says how it should look',
    async (_, url, expected) => {
      const error = await rejection(server().signUrl(url));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'url' });
      if (expected !== undefined) expect(error.message).toContain(`gives ${expected}`);
      expect(api.requests).toHaveLength(0);
    },
  );

  it('signs what the browser sends, percent-encoding and hash included', async () => {
    const url = 'https://app.example.com/%E9%A1%B5%E9%9D%A2?q=%20a&b=c#/x?y';
    const result = await server().signUrl(url);
    expect(result.signature).toBe(
      await sign({
        jsapi_ticket: api.lastTicket()!,
        noncestr: result.nonceStr,
        timestamp: result.timeStamp,
        url: 'https://app.example.com/%E9%A1%B5%E9%9D%A2?q=%20a&b=c',
      }),
    );
  });

  it('accepts an allowed origin on a non-default port exactly', async () => {
    const result = await server().signUrl('http://localhost:5173/#/home');
    expect(result.signature).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('getUserByAuthCode', () => {
  it('exchanges the code with the two v2 calls and returns the user in their shape', async () => {
    const dingtalk = server();
    const user = await dingtalk.getUserByAuthCode('auth-code-1');

    expect(user).toEqual({
      userid: 'manager4220',
      name: '张三',
      unionid: 'union-4220',
      associated_unionid: '',
      device_id: 'device-1',
      sys: false,
      sys_level: 0,
      mobile: '13800000000',
      dept_id_list: [1],
      active: true,
    });
    const calls = api.requests.filter((request) => request.path.includes('/user/'));
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /topapi/v2/user/getuserinfo',
      'POST /topapi/v2/user/get',
    ]);
    expect(calls[0]?.body).toEqual({ code: 'auth-code-1' });
    expect(calls[1]?.body).toEqual({ userid: 'manager4220' });
    // The code travels in the body only, never in a URL.
    expect(calls.every((call) => !call.query.has('code'))).toBe(true);
    const token = await dingtalk.getAccessToken();
    expect(calls.every((call) => call.query.get('access_token') === token)).toBe(true);
  });

  it('uses the legacy endpoints with userApi: legacy, renaming their fields to the v2 names', async () => {
    const dingtalk = server({ userApi: 'legacy' });
    const user = await dingtalk.getUserByAuthCode('auth-code-1');
    expect(user).toMatchObject({
      userid: 'manager4220',
      name: '张三',
      device_id: 'device-1',
      sys: false,
      dept_id_list: [1],
      admin: false,
    });
    expect(user).not.toHaveProperty('deviceId');
    expect(user).not.toHaveProperty('department');
    const calls = api.requests.filter((request) => request.path.includes('/user/'));
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /user/getuserinfo',
      'GET /user/get',
    ]);
    expect(calls[0]?.query.get('code')).toBe('auth-code-1');
  });

  it('rejects an unknown code with DingTalk’s errcode and a hint', async () => {
    const error = await rejection(server().getUserByAuthCode('expired-code'));
    expect(error).toMatchObject({
      code: 'API_ERROR',
      errcode: 40078,
      api: '/topapi/v2/user/getuserinfo',
      errmsg: '不存在的临时授权码',
    });
    expect(error.message).toMatch(/requestAuthCode/);
    expect(describeError(error)).not.toContain('expired-code');
  });

  it.each([
    ['in Chinese text', (code: string) => `不存在的临时授权码 ${code}`],
    ['as JSON', (code: string) => JSON.stringify({ code })],
    ['URL-encoded', (code: string) => `code=${encodeURIComponent(code)}`],
  ])('keeps the auth code out of the error when errmsg quotes it %s', async (_, quote) => {
    const code = 'c0de+with/odd=chars&more';
    api.answerNext('/topapi/v2/user/getuserinfo', { body: { errcode: 40078, errmsg: quote(code) } });
    const error = await rejection(server().getUserByAuthCode(code));
    expect(error.errmsg).toContain('***');
    expect(describeError(error)).not.toContain(code);
    expect(describeError(error)).not.toContain(encodeURIComponent(code));
    expect(logLines.join('\n')).not.toContain(code);
  });

  it('makes one exchange for the same code sent many times at once', async () => {
    api.setDelay('/topapi/v2/user/getuserinfo', 50);
    const dingtalk = server();
    const users = await Promise.all(
      Array.from({ length: 20 }, () => dingtalk.getUserByAuthCode('auth-code-1')),
    );
    expect(new Set(users.map((user) => user.userid))).toEqual(new Set(['manager4220']));
    expect(api.count('/topapi/v2/user/getuserinfo')).toBe(1);
    expect(api.count('/topapi/v2/user/get')).toBe(1);
  });

  it('retries once with a fresh token when the token was rejected', async () => {
    const dingtalk = server();
    await dingtalk.getAccessToken();
    api.expireTokens();
    await expect(dingtalk.getUserByAuthCode('auth-code-1')).resolves.toMatchObject({ userid: 'manager4220' });
    expect(api.count('/gettoken')).toBe(2);
    expect(api.count('/topapi/v2/user/getuserinfo')).toBe(2);
    expect(api.count('/topapi/v2/user/get')).toBe(1);
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

describe('expires_in', () => {
  /** A store that records the TTL of each write, as Redis would receive it (PX). */
  const recordingStore = () => {
    const inner = createMemoryStore({ now: () => clock });
    const ttls: number[] = [];
    const store: DingTalkStore = {
      ...inner,
      set: (key, value, ttlMs) => {
        ttls.push(ttlMs);
        return inner.set(key, value, ttlMs);
      },
    };
    return { store, ttls };
  };

  it.each([
    ['1e308', 1e308, 7200],
    ['1e9 (31 years)', 1e9, 7200],
    ['Infinity as text', 'Infinity', 7200],
    ['not a number', 'soon', 7200],
    ['missing', undefined, 7200],
    ['zero', 0, 60],
    ['negative', -100, 60],
    ['3600 as text', '3600', 3600],
  ])('takes an expires_in of %s as %i s', async (_, expiresIn, seconds) => {
    const { store, ttls } = recordingStore();
    const dingtalk = server({ store, refreshMarginMs: 1000 });
    await dingtalk.getAccessToken();
    api.answerNext('/get_jsapi_ticket', {
      body: { errcode: 0, ticket: 'ticket-extreme-1', expires_in: expiresIn },
    });
    await expect(dingtalk.getJsapiTicket()).resolves.toBe('ticket-extreme-1');

    const lifetime = seconds * 1000 - Math.min(1000, (seconds * 1000) / 2);
    expect(ttls.at(-1)).toBe(lifetime);
    expect(Number.isFinite(ttls.at(-1))).toBe(true);
    clock += lifetime - 1;
    await expect(dingtalk.getJsapiTicket()).resolves.toBe('ticket-extreme-1');
    clock += 1;
    await expect(dingtalk.getJsapiTicket()).resolves.not.toBe('ticket-extreme-1');
    expect(api.count('/get_jsapi_ticket')).toBe(2);
  });
});

describe('what reaches errors and logs', () => {
  it('keeps the URL and its secret out of a failed custom fetch, whatever its error holds', async () => {
    const leaky: typeof fetch = async (input) => {
      const url = String(input);
      throw new TypeError(`fetch failed: ${url}`, { cause: { code: url, message: url, url } });
    };
    const dingtalk = server({ fetch: leaky });
    const error = await rejection(dingtalk.getAccessToken());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', api: '/gettoken' });
    expect(error.message).toContain('(TypeError)');
    expect(error.cause).toBeUndefined();
    for (const text of [describeError(error), logLines.join('\n')]) {
      expectNoSecrets(text);
      expect(text).not.toContain('appsecret');
    }
  });

  it('does not pass on a cause code that is a secret', async () => {
    const appSecret = 'SecretThatLooksLikeAnErrno0123';
    await api.close();
    api = await createFakeDingTalkApi({ appSecret });
    const dingtalk = server({
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: appSecret } });
      },
    });
    const error = await rejection(dingtalk.getAccessToken());
    expect(error.message).toContain('(***)');
    expect(describeError(error)).not.toContain(appSecret);
  });

  it('scrubs the app secret from errmsg in the forms a URL and JSON carry it', async () => {
    const appSecret = 'sec+ret/with=odd&chars"1';
    await api.close();
    api = await createFakeDingTalkApi({ appSecret });
    api.answerNext('/gettoken', {
      body: {
        errcode: 40089,
        errmsg: `raw ${appSecret} url ${encodeURIComponent(appSecret)} form ${new URLSearchParams({ s: appSecret })} json ${JSON.stringify({ s: appSecret })}`,
      },
    });
    const error = await rejection(server().getAccessToken());
    expect(error.errmsg?.match(/\*\*\*/g)).toHaveLength(4);
    expect(describeError(error)).not.toContain('sec+ret');
    expect(describeError(error)).not.toContain('sec%2Bret');
    expect(describeError(error)).not.toContain('odd&chars');
  });

  it('reports an errcode that is not a number as BAD_RESPONSE, and ignores an errmsg that is not text', async () => {
    const dingtalk = server();
    api.answerNext('/gettoken', { body: { errcode: 'oops', errmsg: 'bad' } });
    const bad = await rejection(dingtalk.getAccessToken());
    expect(bad).toMatchObject({ code: 'BAD_RESPONSE', api: '/gettoken' });
    expect(bad.message).not.toContain('NaN');

    api.answerNext('/gettoken', { body: { errcode: '40089', errmsg: { detail: 'x' } } });
    const object = await rejection(dingtalk.getAccessToken());
    expect(object).toMatchObject({ code: 'API_ERROR', errcode: 40089, errmsg: undefined });
    expect(describeError(object)).not.toContain('[object Object]');
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
    ['a negative store timeout', { storeTimeoutMs: -1 }, 'storeTimeoutMs'],
    ['a fractional request limit', { maxConcurrentRequests: 1.5 }, 'maxConcurrentRequests'],
    [
      'a zero failure threshold',
      { circuitBreaker: { failureThreshold: 0 } },
      'circuitBreaker.failureThreshold',
    ],
    ['an unknown locale', { locale: 'fr' as 'en' }, 'locale'],
    ['an unknown user API', { userApi: 'v3' as 'v2' }, 'userApi'],
  ])('refuses %s', (_, overrides, field) => {
    expect(() => server(overrides)).toThrow(DingTalkServerError);
    try {
      server(overrides);
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field });
    }
  });

  it('writes its messages in Chinese with locale zh-CN', async () => {
    const dingtalk = server({ locale: 'zh-CN' });
    const foreign = await rejection(dingtalk.signUrl('https://evil.example.com/'));
    expect(foreign.message).toBe(
      'https://evil.example.com 不在 allowedOrigins 中，因此不为该来源的页面签名（JSAPI 鉴权）。如果应用就部署在这个地址，请在服务端的 allowedOrigins 中加入它。',
    );
    const wrongSecret = await rejection(
      server({ locale: 'zh-CN', appSecret: 'the-wrong-secret-77' }).getAccessToken(),
    );
    expect(wrongSecret.message).toContain('服务器出口IP');
    expect(() => server({ locale: 'zh-CN', appKey: '' })).toThrow('开发者后台');
  });

  it('normalises allowed origins (trailing slash, case)', async () => {
    const dingtalk = server({ allowedOrigins: ['HTTPS://App.Example.com/'] });
    await expect(dingtalk.signUrl(`${origin}/x`)).resolves.toMatchObject({ corpId: 'dingcorp1234' });
  });
});
