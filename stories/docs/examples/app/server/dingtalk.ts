// server/dingtalk.ts — one instance per process: it caches the access_token and jsapi_ticket.
import { createDingTalkServer } from '@dingkit/server';

export const dingtalk = createDingTalkServer({
  appKey: process.env.DINGTALK_APP_KEY!,
  appSecret: process.env.DINGTALK_APP_SECRET!,
  agentId: process.env.DINGTALK_AGENT_ID!,
  corpId: process.env.DINGTALK_CORP_ID!,
  // The exact origins (scheme, host, port) of the pages that may be signed.
  allowedOrigins: ['https://app.example.com', 'http://localhost:5173'],
});
