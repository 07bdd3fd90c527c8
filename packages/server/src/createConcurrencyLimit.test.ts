import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConcurrencyLimit } from './createConcurrencyLimit';
import type { DingTalkServerOptions } from './createDingTalkServer';
import type { DingTalkServerError } from './DingTalkServerError';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer } from './test/createTestServer';

let api: FakeDingTalkApi;

const server = (overrides: Partial<DingTalkServerOptions> = {}) => createTestServer(api, overrides);

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

  it('keeps a call waiting for a slot within timeoutMs', async () => {
    const dingtalk = server({ maxConcurrentRequests: 1, timeoutMs: 300 });
    await dingtalk.getAccessToken();
    api.setDelay('/topapi/v2/user/getuserinfo', 5000);
    const started = performance.now();
    const results = await outcomes([dingtalk.getUserByAuthCode('a-1'), dingtalk.getUserByAuthCode('a-2')]);
    // The second waits for the first's slot; whichever limit it meets, it ends with the first.
    for (const result of results) expect(['TIMEOUT', 'BUSY']).toContain(result);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('createConcurrencyLimit', () => {
  const limit = () =>
    createConcurrencyLimit(
      1,
      1,
      () => new Error('queue full'),
      () => new Error('waited too long'),
    );

  it('hands a freed slot to the longest-waiting caller', async () => {
    const slots = limit();
    await slots.acquire(Date.now() + 1000);
    const waiting = slots.acquire(Date.now() + 1000);
    await expect(slots.acquire(Date.now() + 1000)).rejects.toThrow('queue full');
    slots.release();
    await expect(waiting).resolves.toBeUndefined();
    expect(slots.active).toBe(1);
    slots.release();
    expect(slots.active).toBe(0);
  });

  it('gives up on a caller when its deadline passes before a slot is free', async () => {
    const slots = limit();
    await slots.acquire(Date.now() + 1000);
    await expect(slots.acquire(Date.now() + 50)).rejects.toThrow('waited too long');
    slots.release();
    expect(slots.active).toBe(0);
  });
});
