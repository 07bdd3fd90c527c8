// server/dingtalk.ts — with the token and ticket shared by every process through Redis.
import { createDingTalkServer } from '@dingkit/server';
import { createRedisStore } from '@dingkit/server/redis';
import { createClient } from 'redis';

const redis = await createClient({ url: process.env.REDIS_URL }).connect();

export const dingtalk = createDingTalkServer({
  appKey: process.env.DINGTALK_APP_KEY!,
  appSecret: process.env.DINGTALK_APP_SECRET!,
  agentId: process.env.DINGTALK_AGENT_ID!,
  corpId: process.env.DINGTALK_CORP_ID!,
  allowedOrigins: ['https://app.example.com'],
  // One token and one ticket for all processes; one of them fetches at a time.
  store: createRedisStore(redis),
});
