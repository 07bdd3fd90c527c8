import type { Redactor } from './createRedactor';
import { DingTalkServerError } from './DingTalkServerError';
import type { DingTalkStore } from './DingTalkStore';
import { randomNonce } from './randomNonce';

export interface Fetched {
  value: string;
  /** Seconds, as DingTalk's `expires_in`. */
  expiresIn: number;
}

export interface CredentialCacheOptions {
  store: DingTalkStore;
  now: () => number;
  refreshMarginMs: number;
  /** How long a lock holder may take before others give up waiting and fetch themselves. */
  lockTtlMs: number;
  redactor: Redactor;
}

export interface CredentialCache {
  /** The cached value, or the one `load` fetches: one fetch at a time across all sharers of the store. */
  get(key: string, load: () => Promise<Fetched>): Promise<string>;
  /** Drops the cached value if it is still `value` (DingTalk said it is invalid). */
  invalidate(key: string, value: string): Promise<void>;
}

/** What DingTalk documents for both the access_token and the jsapi_ticket. */
const documentedLifetimeSeconds = 7200;
const pollMs = 20;

interface Entry {
  /** The token or ticket. */
  v: string;
  /** When it stops being served, in the server's clock (ms). */
  e: number;
}

function parseEntry(raw: string | null | undefined): Entry | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const entry: unknown = JSON.parse(raw);
    if (
      typeof entry === 'object' &&
      entry !== null &&
      'v' in entry &&
      'e' in entry &&
      typeof entry.v === 'string' &&
      typeof entry.e === 'number'
    ) {
      return { v: entry.v, e: entry.e };
    }
  } catch {
    // Not ours (or corrupted): treat as absent and overwrite it.
  }
  return undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Single-flight over a shared store: in this process one promise per key; across processes a
 * `setIfAbsent` lock, with the others polling the store until the holder has written the value.
 * The expiry is kept inside the value (in the server's clock) as well as in the store's TTL, so an
 * injected clock works with any store.
 */
export function createCredentialCache(options: CredentialCacheOptions): CredentialCache {
  const { store, now, refreshMarginMs, lockTtlMs, redactor } = options;
  const inflight = new Map<string, Promise<string>>();

  const storeCall = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const message = redactor.redact(error instanceof Error ? error.message : String(error));
      throw new DingTalkServerError(
        'STORE_ERROR',
        `The token store failed on ${operation}: ${message}. Check the store (e.g. that the Redis client is connected).`,
      );
    }
  };

  const read = async (key: string): Promise<string | undefined> => {
    const entry = parseEntry(await storeCall('get', () => store.get(key)));
    if (entry === undefined || entry.e <= now()) return undefined;
    redactor.remember(entry.v);
    return entry.v;
  };

  const lifetimeMs = (expiresIn: number) => {
    const total =
      (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : documentedLifetimeSeconds) * 1000;
    return total - Math.min(refreshMarginMs, total / 2);
  };

  const fetchUnderLock = async (key: string, load: () => Promise<Fetched>): Promise<string> => {
    const lockKey = `${key}:lock`;
    const owner = randomNonce(24);
    // Real time, not the injected clock: a test's frozen clock must not make waiters spin forever.
    const giveUpAt = Date.now() + 2 * lockTtlMs;
    for (;;) {
      if (await storeCall('setIfAbsent', () => store.setIfAbsent(lockKey, owner, lockTtlMs))) {
        try {
          // Someone may have written it between our read and our lock.
          const written = await read(key);
          if (written !== undefined) return written;
          const fetched = await load();
          redactor.remember(fetched.value);
          const ttl = lifetimeMs(fetched.expiresIn);
          const entry: Entry = { v: fetched.value, e: now() + ttl };
          await storeCall('set', () => store.set(key, JSON.stringify(entry), ttl));
          return fetched.value;
        } finally {
          // Best effort: the lock expires by itself if this fails.
          await store.delete(lockKey, owner).catch(() => undefined);
        }
      }
      if (Date.now() > giveUpAt) {
        throw new DingTalkServerError(
          'TIMEOUT',
          `Waited ${2 * lockTtlMs} ms for another process to fetch "${key}". Check that the store's setIfAbsent expires its keys.`,
        );
      }
      await sleep(pollMs + Math.random() * pollMs);
      const written = await read(key);
      if (written !== undefined) return written;
    }
  };

  return {
    get(key, load) {
      const pending = inflight.get(key);
      if (pending) return pending;
      const promise = (async () => (await read(key)) ?? (await fetchUnderLock(key, load)))().finally(() => {
        inflight.delete(key);
      });
      inflight.set(key, promise);
      return promise;
    },
    async invalidate(key, value) {
      const raw = await storeCall('get', () => store.get(key));
      if (typeof raw === 'string' && parseEntry(raw)?.v === value) {
        await storeCall('delete', () => store.delete(key, raw));
      }
    },
  };
}
