/**
 * Where the access_token and jsapi_ticket are cached: an async key-value store with TTLs and an
 * atomic set-if-absent (used as a short lock so that only one process fetches at a time).
 * `createMemoryStore()` (the default) keeps them in this process; `createRedisStore(client)` from
 * `@dingkit/server/redis` shares them between processes and serverless instances.
 *
 * Values are opaque strings; keys start with the server's `keyPrefix`.
 */
export interface DingTalkStore {
  /** The value stored under `key`, or `undefined` (or `null`) when there is none or it expired. */
  get(key: string): Promise<string | null | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing what was there. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Stores `value` under `key` for `ttlMs` milliseconds only if nothing is stored there, atomically
   * (Redis: `SET key value PX ttl NX`). Resolves `true` when this call stored it.
   */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Removes `key`. With `ifValue`, removes it only while it still holds exactly that value
   * (atomically where the store can), so that a lock or a token is not removed after someone else
   * replaced it.
   */
  delete(key: string, ifValue?: string): Promise<void>;
}
