import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingTalkServer, type DingTalkServerOptions } from './createDingTalkServer';
import type { DingTalkServerError } from './DingTalkServerError';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';

let api: FakeDingTalkApi;

const server = (overrides: Partial<DingTalkServerOptions> = {}) =>
  createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '253441237',
    corpId: 'dingcorp1234',
    allowedOrigins: ['https://app.example.com'],
    baseUrl: api.url,
    ...overrides,
  });

/** The error code each call ended with ('OK' for a result). */
const outcomes = (calls: Promise<unknown>[]) =>
  Promise.all(
    calls.map((call) =>
      call.then(
        () => 'OK',
        (error: DingTalkServerError) => error.code,
      ),
    ),
  );

const count = (list: string[], value: string) => list.filter((item) => item === value).length;

beforeEach(async () => {
  api = await createFakeDingTalkApi();
});

afterEach(() => api.close());

describe('maxConcurrentRequests', () => {
  it('keeps 200 concurrent random auth codes to that many DingTalk requests at a time', async () => {
    const dingtalk = server({ maxConcurrentRequests: 4, maxQueuedRequests: 300 });
    await dingtalk.getAccessToken();
    api.setDelay('/topapi/v2/user/getuserinfo', 20);
    const results = await outcomes(
      Array.from({ length: 200 }, (_, index) => dingtalk.getUserByAuthCode(`random-${index}`)),
    );
    expect(count(results, 'API_ERROR')).toBe(200);
    expect(api.count('/topapi/v2/user/getuserinfo')).toBe(200);
    expect(api.peakInFlight()).toBeLessThanOrEqual(4);
  }, 30_000);

  it('refuses at once with BUSY when maxQueuedRequests already wait', async () => {
    const dingtalk = server({ maxConcurrentRequests: 2, maxQueuedRequests: 5 });
    await dingtalk.getAccessToken();
    api.setDelay('/topapi/v2/user/getuserinfo', 200);
    const results = await outcomes(
      Array.from({ length: 20 }, (_, index) => dingtalk.getUserByAuthCode(`random-${index}`)),
    );
    expect(count(results, 'BUSY')).toBe(13);
    expect(api.count('/topapi/v2/user/getuserinfo')).toBe(7);
  });

  it('fails with BUSY when no slot frees up within timeoutMs', async () => {
    const dingtalk = server({ maxConcurrentRequests: 1, timeoutMs: 300 });
    await dingtalk.getAccessToken();
    api.setDelay('/topapi/v2/user/getuserinfo', 2000);
    const [first, second] = await outcomes([
      dingtalk.getUserByAuthCode('a-1'),
      dingtalk.getUserByAuthCode('a-2'),
    ]);
    expect(first).toBe('TIMEOUT');
    expect(second).toBe('BUSY');
    expect(api.count('/topapi/v2/user/getuserinfo')).toBe(1);
  });
});
