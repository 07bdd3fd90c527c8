import type { DingTalkStore } from './DingTalkStore';

/**
 * The part of a Redis client the store uses: node-redis (v4 and v5) clients fit as they are.
 * For another client, wrap its raw-command call, e.g. ioredis:
 * `{ sendCommand: ([command, ...args]) => redis.call(command, ...args) }`.
 */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

// Deletes KEYS[1] only while it still holds ARGV[1], atomically.
const deleteIfEquals =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

/** Redis wants whole milliseconds of at least 1. */
const px = (ttlMs: number) => String(Math.max(1, Math.ceil(ttlMs)));

/**
 * A {@link DingTalkStore} in Redis, so that every process and serverless instance of the app shares
 * one access_token and one jsapi_ticket (DingTalk asks that the ticket be cached globally).
 * Pass a connected client; `@dingkit/server` never imports `redis` itself. Every call the server
 * makes to it is cut at `storeTimeoutMs`, and each process keeps its own copy of the token and
 * ticket while they are valid, so a Redis outage does not hold requests.
 *
 * @example
 * import { createClient } from 'redis';
 * const client = createClient({
 *   url: process.env.REDIS_URL,
 *   // While Redis is unreachable, fail commands at once instead of queueing them.
 *   disableOfflineQueue: true,
 *   socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
 * });
 * // Without an 'error' listener, Node ends the process when the connection drops.
 * client.on('error', (error: Error) => console.warn(`redis: ${error.message}`));
 * await client.connect();
 * const server = createDingTalkServer({ ...options, store: createRedisStore(client) });
 */
export function createRedisStore(client: RedisCommandClient): DingTalkStore {
  return {
    async get(key) {
      const value = await client.sendCommand(['GET', key]);
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, value, ttlMs) {
      await client.sendCommand(['SET', key, value, 'PX', px(ttlMs)]);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await client.sendCommand(['SET', key, value, 'PX', px(ttlMs), 'NX'])) !== null;
    },
    async delete(key, ifValue) {
      if (ifValue === undefined) await client.sendCommand(['DEL', key]);
      else await client.sendCommand(['EVAL', deleteIfEquals, '1', key, ifValue]);
    },
  };
}
