import { createDingTalkServer, type DingTalkServer, type DingTalkServerLogger } from '@dingkit/server';
import { fakeDingTalkFetch } from './fakeDingTalk';

/** The environment variables the server reads (see .env.example). */
export type Env = Record<string, string | undefined>;

/**
 * The DingTalk server side: it caches the access_token and jsapi_ticket, signs page URLs (鉴权)
 * and exchanges 免登 auth codes. One per process. Without DINGTALK_APP_KEY it talks to the
 * in-process fake of DingTalk (server/fakeDingTalk.ts) and says so in the log.
 */
export function createDingTalk(env: Env, logger: DingTalkServerLogger = console): DingTalkServer {
  const allowedOrigins = (env.DINGTALK_ALLOWED_ORIGINS || 'http://localhost:5173,http://127.0.0.1:5173')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const common = { allowedOrigins, locale: 'zh-CN', logger } as const;

  if (!env.DINGTALK_APP_KEY) {
    logger.warn?.(
      '未设置 DINGTALK_APP_KEY：使用模拟的钉钉服务端（见 .env.example），真实的钉钉客户端不会接受它的签名。',
    );
    return createDingTalkServer({
      ...common,
      appKey: 'fake-app-key',
      appSecret: 'fake-app-secret',
      agentId: 'fake-agent-id',
      corpId: 'dingfakecorpid',
      fetch: fakeDingTalkFetch,
    });
  }
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`已设置 DINGTALK_APP_KEY，但缺少 ${name}：请按 .env.example 填写 .env。`);
    return value;
  };
  return createDingTalkServer({
    ...common,
    appKey: required('DINGTALK_APP_KEY'),
    appSecret: required('DINGTALK_APP_SECRET'),
    agentId: required('DINGTALK_AGENT_ID'),
    corpId: required('DINGTALK_CORP_ID'),
  });
}
