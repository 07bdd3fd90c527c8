import type { Redactor } from './createRedactor';
import type { DingTalkServerLogger } from './DingTalkServerLogger';
import type { DingTalkStore } from './DingTalkStore';
import { randomNonce } from './randomNonce';
import { type DingTalkServerLocale, type ErrorFactory, logMessages } from './serverMessages';

export interface Fetched {
  value: string;
  /** DingTalk's `expires_in`, as it came (seconds, unchecked). */
  expiresIn: unknown;
}

export interface CredentialsOptions {
  store: DingTalkStore;
  now: () => number;
  storeTimeoutMs: number;
  refreshMarginMs: number;
  lockTtlMs: number;
  /** `<keyPrefix><appKey>:` */
  keyPrefix: string;
  /** Fetches a token; the call must be over by `deadline` (`Date.now()` ms). */
  fetchToken(deadline: number): Promise<Fetched>;
  /** Fetches a ticket with `token`; the call must be over by `deadline`. */
  fetchTicket(token: string, deadline: number): Promise<Fetched>;
  /** Whether an error means DingTalk refused the token (invalid or expired). */
  isTokenRejection(error: unknown): boolean;
  redactor: Redactor;
  errors: ErrorFactory;
  locale: DingTalkServerLocale;
  logger: DingTalkServerLogger | undefined;
}

export interface Credentials {
  /** The access_token: this process's copy while valid, else the store's, else fetched under the lock. */
  getAccessToken(): Promise<string>;
  /** The jsapi_ticket, like the token. */
  getJsapiTicket(): Promise<string>;
  /** The ticket in this process's copy if it is still valid: no I/O at all. */
  peekTicket(): string | undefined;
  /** DingTalk refused `token`: forget it here and in the store (unless another process replaced it). */
  dropToken(token: string): Promise<void>;
}

type Kind = 'access_token' | 'jsapi_ticket';

interface Entry {
  /** The token or ticket. */
  v: string;
  /** When it stops being served, in the server's clock (ms). */
  e: number;
}

/** DingTalk documents 7200 s for both; anything longer is not believed, anything shorter than a minute neither. */
const maxLifetimeSeconds = 7200;
const minLifetimeSeconds = 60;
const pollMs = 25;

/** `expires_in` as seconds within what DingTalk documents; 7200 when it is not a number. */
export function clampExpiresIn(expiresIn: unknown): number {
  const seconds = typeof expiresIn === 'string' && expiresIn.trim() !== '' ? Number(expiresIn) : expiresIn;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return maxLifetimeSeconds;
  return Math.min(maxLifetimeSeconds, Math.max(minLifetimeSeconds, seconds));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An identifier from a store's error (its `code` or class name); never its message, which may hold a URL with a password. */
function storeFailureReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const name = error instanceof Error ? error.name : undefined;
  const reason = [code, name].find(
    (value): value is string => typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_]{1,39}$/.test(value),
  );
  return reason ?? 'unknown';
}

/**
 * The token and ticket, shared through the store by every process of the app, with this
 * process's own copy in front: while that copy is valid no store call is made, so a store that
 * is down or frozen does not stop a warm server. The store is read when the copy expires and
 * when DingTalk refuses the token (another process may have replaced it already).
 *
 * One lock (`…:lock`, set-if-absent with a TTL) lets one process at a time fetch. The work done
 * under it — at most three DingTalk calls and six store calls — is bounded by the lock's TTL:
 * each DingTalk call ends by the lease's end, so the lock never expires under a live holder, and
 * a holder that died delays the others by at most the TTL.
 */
export function createCredentials(options: CredentialsOptions): Credentials {
  const { store, now, storeTimeoutMs, refreshMarginMs, lockTtlMs, redactor, errors, logger } = options;
  const log = logMessages[options.locale];
  const keys: Record<Kind, string> = {
    access_token: `${options.keyPrefix}access_token`,
    jsapi_ticket: `${options.keyPrefix}jsapi_ticket`,
  };
  const lockKey = `${options.keyPrefix}lock`;
  const local: Partial<Record<Kind, Entry>> = {};
  const flights = new Map<Kind, Promise<string>>();

  /** A store call that settles within storeTimeoutMs, failing as STORE_ERROR. */
  const bounded = <T>(operation: string, call: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(errors('storeTimeout', { operation, ms: storeTimeoutMs })),
        storeTimeoutMs,
      );
      Promise.resolve()
        .then(call)
        .then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(errors('storeFailed', { operation, reason: storeFailureReason(error) }));
          },
        );
    });

  const fresh = (kind: Kind): string | undefined => {
    const entry = local[kind];
    return entry !== undefined && entry.e > now() ? entry.v : undefined;
  };

  const parse = (raw: unknown): Entry | undefined => {
    if (typeof raw !== 'string') return undefined;
    try {
      const entry: unknown = JSON.parse(raw);
      if (
        typeof entry === 'object' &&
        entry !== null &&
        'v' in entry &&
        'e' in entry &&
        typeof entry.v === 'string' &&
        entry.v !== '' &&
        typeof entry.e === 'number' &&
        // Not ours, corrupted or from a clock far ahead: never serve it longer than DingTalk allows.
        entry.e - now() <= maxLifetimeSeconds * 1000
      ) {
        return { v: entry.v, e: entry.e };
      }
    } catch {
      // Not ours (or corrupted): treat as absent and overwrite it.
    }
    return undefined;
  };

  /** The store's value if it is valid, kept as this process's copy. */
  const readStore = async (kind: Kind): Promise<string | undefined> => {
    const entry = parse(await bounded('get', () => store.get(keys[kind])));
    if (entry === undefined || entry.e <= now()) return undefined;
    redactor.remember(entry.v);
    local[kind] = entry;
    return entry.v;
  };

  const write = async (kind: Kind, fetched: Fetched): Promise<string> => {
    redactor.remember(fetched.value);
    const seconds = clampExpiresIn(fetched.expiresIn);
    const total = seconds * 1000;
    const ttl = total - Math.min(refreshMarginMs, total / 2);
    const entry: Entry = { v: fetched.value, e: now() + ttl };
    logger?.info?.(log.fetched(kind), { expiresIn: seconds });
    local[kind] = entry;
    await bounded('set', () => store.set(keys[kind], JSON.stringify(entry), ttl));
    return entry.v;
  };

  const dropToken = async (token: string) => {
    if (local.access_token?.v === token) local.access_token = undefined;
    const raw = await bounded('get', () => store.get(keys.access_token));
    if (typeof raw === 'string' && parse(raw)?.v === token) {
      await bounded('delete', () => store.delete(keys.access_token, raw));
    }
  };

  /** What the lock holder does: at most three DingTalk calls, each over by `leaseEnd`. */
  const refresh = async (kind: Kind, leaseEnd: number): Promise<string> => {
    const before = await readStore(kind);
    if (before !== undefined) return before;
    const inLease = () => {
      if (Date.now() >= leaseEnd) throw errors('leaseExpired', { ms: lockTtlMs });
    };
    const newToken = async () => {
      inLease();
      return write('access_token', await options.fetchToken(leaseEnd));
    };
    const newTicket = async (token: string) => {
      inLease();
      return write('jsapi_ticket', await options.fetchTicket(token, leaseEnd));
    };
    if (kind === 'access_token') return newToken();

    let token = fresh('access_token') ?? (await readStore('access_token'));
    const tokenWasCached = token !== undefined;
    token ??= await newToken();
    try {
      return await newTicket(token);
    } catch (error) {
      // Only a token from the cache is retried: a token fetched just now and refused is DingTalk failing.
      if (!tokenWasCached || !options.isTokenRejection(error)) throw error;
      logger?.warn?.(log.tokenRejected, { api: '/get_jsapi_ticket' });
      await dropToken(token);
      return newTicket(await newToken());
    }
  };

  const load = async (kind: Kind): Promise<string> => {
    const stored = await readStore(kind);
    if (stored !== undefined) return stored;
    const owner = randomNonce(24);
    // Real time, not the injected clock: a test's frozen clock must not make waiters spin forever.
    // The holder's lock expires at most lockTtlMs after it was taken, so by then it is free.
    const giveUpAt = Date.now() + lockTtlMs + 2 * pollMs;
    for (;;) {
      if (await bounded('setIfAbsent', () => store.setIfAbsent(lockKey, owner, lockTtlMs))) {
        // The lease ends a little before the lock does, leaving time to store the result.
        const leaseEnd = Date.now() + lockTtlMs - 2 * storeTimeoutMs;
        try {
          return await refresh(kind, leaseEnd);
        } finally {
          // Best effort: the lock expires by itself if this fails.
          await bounded('delete', () => store.delete(lockKey, owner)).catch(() => undefined);
        }
      }
      if (Date.now() > giveUpAt) throw errors('lockTimeout', { ms: lockTtlMs }, { retryAfterMs: 1000 });
      await sleep(pollMs + Math.random() * pollMs);
      const written = await readStore(kind);
      if (written !== undefined) return written;
    }
  };

  const get = (kind: Kind): Promise<string> => {
    const cached = fresh(kind);
    if (cached !== undefined) return Promise.resolve(cached);
    let flight = flights.get(kind);
    if (flight === undefined) {
      flight = load(kind).finally(() => flights.delete(kind));
      flights.set(kind, flight);
    }
    return flight;
  };

  return {
    getAccessToken: () => get('access_token'),
    getJsapiTicket: () => get('jsapi_ticket'),
    peekTicket: () => fresh('jsapi_ticket'),
    dropToken,
  };
}
