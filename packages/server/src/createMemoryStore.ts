import type { DingTalkStore } from './DingTalkStore';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * The clock the TTLs are measured with, in milliseconds since the epoch.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * A {@link DingTalkStore} in this process's memory: the default. Each process (and each
 * serverless instance) then fetches its own token and ticket; use `createRedisStore` from
 * `@dingkit/server/redis` to share them.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): DingTalkStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: string; expiresAt: number }>();

  const read = (key: string): string | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };

  return {
    async get(key) {
      return read(key);
    },
    async set(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    async setIfAbsent(key, value, ttlMs) {
      if (read(key) !== undefined) return false;
      entries.set(key, { value, expiresAt: now() + ttlMs });
      return true;
    },
    async delete(key, ifValue) {
      if (ifValue === undefined || read(key) === ifValue) entries.delete(key);
    },
  };
}
