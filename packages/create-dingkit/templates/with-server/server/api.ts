import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DingTalkServerLogger } from '@dingkit/server';
import { toNodeHandler } from '@dingkit/server/node';
import { createDingTalk, type Env } from './dingtalk';

/** A Node request handler: answers /api/dingtalk/* and hands anything else to `next`. */
export type ApiHandler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * The app's API: `GET /api/dingtalk/signature?url=<page URL>` (the signature for the provider)
 * and `POST /api/dingtalk/auth` with `{ "code": "…" }` (免登). Add your own routes here.
 */
export function createApi(env: Env, logger?: DingTalkServerLogger): ApiHandler {
  const handleDingTalk = toNodeHandler(createDingTalk(env, logger).handler);
  return (request, response, next) => {
    if (request.url?.startsWith('/api/dingtalk/')) void handleDingTalk(request, response);
    else next();
  };
}
