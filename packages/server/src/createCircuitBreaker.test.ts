import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DingTalkServerOptions } from './createDingTalkServer';
import type { DingTalkServerError } from './DingTalkServerError';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer, recordingLogger } from './test/createTestServer';

let api: FakeDingTalkApi;
let clock: number;
let logLines: string[];
const origin = 'https://app.example.com';

function server(overrides: Partial<DingTalkServerOptions> = {}) {
  return createTestServer(api, {
    now: () => clock,
    timeoutMs: 1000,
    logger: recordingLogger(logLines),
    ...overrides,
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: DingTalkServerError) => error,
  );

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  clock = Date.UTC(2026, 0, 5, 9, 30);
  logLines = [];
});

afterEach(() => api.close());

describe('circuit breaker', () => {
  it('fails fast after three failures in a row, then probes once after a backoff that doubles', async () => {
    const dingtalk = server();
    api.answerAlways('/gettoken', { status: 503, body: '<html>busy</html>' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await failure(dingtalk.getAccessToken())).toMatchObject({ code: 'HTTP_ERROR' });
    }
    expect(await failure(dingtalk.getAccessToken())).toMatchObject({
      code: 'CIRCUIT_OPEN',
      api: '/gettoken',
      retryAfterMs: 1000,
    });
    expect(api.count('/gettoken')).toBe(3);
    expect(logLines.some((line) => line.includes('keeps failing'))).toBe(true);

    clock += 1000;
    expect(await failure(dingtalk.getAccessToken())).toMatchObject({ code: 'HTTP_ERROR' });
    expect(api.count('/gettoken')).toBe(4);
    expect(await failure(dingtalk.getAccessToken())).toMatchObject({
      code: 'CIRCUIT_OPEN',
      retryAfterMs: 2000,
    });

    clock += 2000;
    api.answerAlways('/gettoken', undefined);
    await expect(dingtalk.getAccessToken()).resolves.toMatch(/^fake-token-/);
    expect(api.count('/gettoken')).toBe(5);
    expect(logLines.some((line) => line.includes('answers again'))).toBe(true);
  });

  it('lets a single probe through while many callers wait', async () => {
    await api.close();
    const users = Object.fromEntries(
      Array.from({ length: 10 }, (_, index) => [
        `code-${index}`,
        { userid: `user-${index}`, name: `用户${index}` },
      ]),
    );
    api = await createFakeDingTalkApi({ users });
    const dingtalk = server({ timeoutMs: 5000 });
    api.answerAlways('/topapi/v2/user/get', { status: 500, body: 'oops' });
    for (let attempt = 0; attempt < 3; attempt += 1) await failure(dingtalk.getUserByAuthCode('code-0'));
    expect(api.count('/topapi/v2/user/get')).toBe(3);

    clock += 1000;
    api.answerAlways('/topapi/v2/user/get', undefined);
    // The probe is out long enough for every other exchange to reach /user/get meanwhile.
    api.setDelay('/topapi/v2/user/get', 1500);
    const outcomes = await Promise.all(
      Object.keys(users).map((code) =>
        dingtalk.getUserByAuthCode(code).then(
          () => 'OK',
          (error: DingTalkServerError) => error.code,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CIRCUIT_OPEN')).toHaveLength(9);
    expect(api.count('/topapi/v2/user/get')).toBe(4);
    // Closed again: everyone gets through.
    await expect(dingtalk.getUserByAuthCode('code-5')).resolves.toMatchObject({ userid: 'user-5' });
  });

  it('is not opened by unknown auth codes, which are the caller’s mistake', async () => {
    const dingtalk = server();
    const errors = await Promise.all(
      Array.from({ length: 10 }, (_, index) => failure(dingtalk.getUserByAuthCode(`random-${index}`))),
    );
    for (const error of errors) expect(error).toMatchObject({ code: 'API_ERROR', errcode: 40078 });
    await expect(dingtalk.getUserByAuthCode('auth-code-1')).resolves.toMatchObject({ userid: 'manager4220' });
  });

  it('keeps one circuit per API: a failing /user/get leaves signing alone', async () => {
    const dingtalk = server();
    api.answerAlways('/topapi/v2/user/get', { status: 500, body: 'oops' });
    for (let attempt = 0; attempt < 4; attempt += 1) await failure(dingtalk.getUserByAuthCode('auth-code-1'));
    expect(await failure(dingtalk.getUserByAuthCode('auth-code-1'))).toMatchObject({ code: 'CIRCUIT_OPEN' });
    await expect(dingtalk.signUrl(`${origin}/`)).resolves.toMatchObject({ corpId: 'dingcorp1234' });
  });
});

describe('quota: 20,000 requests with DingTalk failing', () => {
  const requests = 20_000;
  const simulatedMs = 10_000;
  const batch = 200;

  it.each([
    [
      'gettoken answering an errcode',
      () => api.answerAlways('/gettoken', { body: { errcode: 40089, errmsg: 'x' } }),
    ],
    [
      'gettoken answering HTTP 502',
      () => api.answerAlways('/gettoken', { status: 502, body: 'bad gateway' }),
    ],
    [
      'a token errcode on every call',
      () => api.answerAlways('/get_jsapi_ticket', { body: { errcode: 40001 } }),
    ],
    ['DingTalk down', () => api.close()],
  ])(
    'makes at most 10 DingTalk calls in 10 s with %s',
    async (_, fail) => {
      const dingtalk = server();
      await fail();
      const calls = () =>
        api.count('/gettoken') + api.count('/get_jsapi_ticket') + api.count('/topapi/v2/user/getuserinfo');
      const start = clock;
      const outcomes = new Map<string, number>();
      // The injected clock moves 0.5 ms per request: 20,000 requests over 10 s, in batches at once.
      for (let sent = 0; sent < requests; sent += batch) {
        clock = start + (sent / requests) * simulatedMs;
        const errors = await Promise.all(
          Array.from({ length: batch }, (_, index) =>
            failure(dingtalk.signUrl(`${origin}/page/${sent + index}`)),
          ),
        );
        for (const error of errors)
          outcomes.set(error?.code ?? 'OK', (outcomes.get(error?.code ?? 'OK') ?? 0) + 1);
      }
      expect(calls()).toBeLessThanOrEqual(10);
      expect(outcomes.get('OK')).toBeUndefined();
      expect(outcomes.get('CIRCUIT_OPEN')).toBeGreaterThan(requests * 0.9);
    },
    60_000,
  );
});
