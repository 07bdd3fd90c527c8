import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DingTalkServerOptions } from './createDingTalkServer';
import { createMemoryStore } from './createMemoryStore';
import type { DingTalkStore } from './DingTalkStore';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer } from './test/createTestServer';

let api: FakeDingTalkApi;
let clock: number;

const server = (overrides: Partial<DingTalkServerOptions> = {}) =>
  createTestServer(api, { now: () => clock, ...overrides });

/** A store whose calls are counted, and which can be made to fail or to never answer. */
function controllableStore(inner: DingTalkStore = createMemoryStore({ now: () => clock })) {
  const state = { calls: 0, mode: 'ok' as 'ok' | 'failing' | 'frozen', lockTtls: [] as number[] };
  const wrap =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      state.calls += 1;
      if (state.mode === 'failing') return Promise.reject(new Error('ECONNREFUSED redis://:hunter2@cache'));
      if (state.mode === 'frozen') return new Promise<R>(() => undefined);
      return call(...args);
    };
  const store: DingTalkStore = {
    get: wrap((key) => inner.get(key)),
    set: wrap((key, value, ttl) => inner.set(key, value, ttl)),
    setIfAbsent: wrap((key, value, ttl) => {
      if (key.endsWith(':lock')) state.lockTtls.push(ttl);
      return inner.setIfAbsent(key, value, ttl);
    }),
    delete: wrap((key, ifValue) => inner.delete(key, ifValue)),
  };
  return { store, state };
}

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  clock = Date.UTC(2026, 0, 5, 9, 30);
});

afterEach(() => api.close());

describe('the copy of the token and ticket in each process', () => {
  it('serves a warm server without any store call, even with the store down', async () => {
    const { store, state } = controllableStore();
    const dingtalk = server({ store });
    await dingtalk.signUrl('https://app.example.com/');
    await dingtalk.getAccessToken();
    const calls = state.calls;
    state.mode = 'failing';
    await Promise.all(Array.from({ length: 50 }, () => dingtalk.signUrl('https://app.example.com/')));
    await expect(dingtalk.getUserByAuthCode('auth-code-1')).resolves.toMatchObject({ userid: 'manager4220' });
    expect(state.calls).toBe(calls);
  });

  it('fails with STORE_ERROR within storeTimeoutMs when the store never answers', async () => {
    const { store, state } = controllableStore();
    const dingtalk = server({ store, storeTimeoutMs: 100 });
    state.mode = 'frozen';
    const started = performance.now();
    const errors = await Promise.all(
      Array.from({ length: 50 }, () =>
        dingtalk.signUrl('https://app.example.com/').catch((error: unknown) => error),
      ),
    );
    for (const error of errors) {
      expect(error).toMatchObject({ code: 'STORE_ERROR', message: expect.stringContaining('within 100 ms') });
    }
    // A bound, generous for a loaded machine: one store call cut at 100 ms.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(api.requests).toHaveLength(0);
  });

  it('reads the store when the copy expires, and after DingTalk refuses the token another process replaced', async () => {
    const shared = createMemoryStore({ now: () => clock });
    const first = server({ store: shared });
    const second = server({ store: shared });
    await first.signUrl('https://app.example.com/');
    await second.signUrl('https://app.example.com/');
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);

    // DingTalk stops taking the token: the first process drops it and fetches a new one ...
    api.expireTokens();
    await first.getUserByAuthCode('auth-code-1');
    expect(api.count('/gettoken')).toBe(2);
    // ... and the second, refused with its own copy, finds that one in the store.
    await second.getUserByAuthCode('auth-code-1');
    expect(api.count('/gettoken')).toBe(2);

    clock += 7200_000;
    await first.signUrl('https://app.example.com/');
    await second.signUrl('https://app.example.com/');
    expect(api.count('/get_jsapi_ticket')).toBe(2);
  });
});

describe('the refresh lock', () => {
  it('lives as long as the most work done under it: three DingTalk calls and the store calls', async () => {
    const { store, state } = controllableStore();
    await server({ store, timeoutMs: 2000, storeTimeoutMs: 100 }).signUrl('https://app.example.com/');
    expect(state.lockTtls).toEqual([3 * 2000 + 8 * 100]);
  });

  it('is not taken over while its holder does the most work (a refused token, a new one, the ticket)', async () => {
    const shared = createMemoryStore();
    const options = { store: shared, now: Date.now, timeoutMs: 400, storeTimeoutMs: 20 };
    const first = server(options);
    const second = server(options);
    await first.getAccessToken();
    api.setDelay('/gettoken', 300);
    api.setDelay('/get_jsapi_ticket', 300);
    api.answerNext('/get_jsapi_ticket', { body: { errcode: 42001, errmsg: 'access_token超时' } });
    const [ticket, same] = await Promise.all([first.getJsapiTicket(), second.getJsapiTicket()]);
    expect(same).toBe(ticket);
    // One refused ticket call, one new token, one ticket: nobody fetched a second time.
    expect(api.count('/get_jsapi_ticket')).toBe(2);
    expect(api.count('/gettoken')).toBe(2);
  });

  it('delays the others by at most its TTL when its holder died', async () => {
    const shared = createMemoryStore();
    const options = { store: shared, now: Date.now, timeoutMs: 100, storeTimeoutMs: 20 };
    const lockTtlMs = 3 * 100 + 8 * 20;
    // A process took the lock and crashed.
    await shared.setIfAbsent(`dingkit:${api.appKey}:lock`, 'dead-holder', lockTtlMs);
    const started = performance.now();
    const result = await server(options).signUrl('https://app.example.com/');
    const waited = performance.now() - started;
    expect(result.signature).toMatch(/^[0-9a-f]{40}$/);
    expect(waited).toBeGreaterThanOrEqual(lockTtlMs - 50);
    // Generous: the TTL, then the fetch itself, on a loaded machine.
    expect(waited).toBeLessThan(lockTtlMs + 2000);
  });
});
