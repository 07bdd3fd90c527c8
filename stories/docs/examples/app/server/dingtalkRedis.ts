// server/dingtalk.ts — with the token and ticket shared by every process through Redis.
import { createDingTalkServer } from '@dingkit/server';
import { createRedisStore } from '@dingkit/server/redis';
import { createClient } from 'redis';

const redis = createClient({
  url: process.env.REDIS_URL,
  // While Redis is unreachable, fail commands at once instead of queueing them until it is back.
  disableOfflineQueue: true,
  socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
});
// Without an 'error' listener, Node ends the process when the connection drops.
redis.on('error', (error: Error) => console.warn(`redis: ${error.message}`));
await redis.connect();

export const dingtalk = createDingTalkServer({
  appKey: process.env.DINGTALK_APP_KEY!,
  appSecret: process.env.DINGTALK_APP_SECRET!,
  agentId: process.env.DINGTALK_AGENT_ID!,
  corpId: process.env.DINGTALK_CORP_ID!,
  allowedOrigins: ['https://app.example.com'],
  // One token and one ticket for all processes; one of them fetches at a time. A store call that
  // does not answer within storeTimeoutMs answers 500 STORE_ERROR instead of hanging.
  store: createRedisStore(redis),
});
