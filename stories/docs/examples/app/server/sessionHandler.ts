// server/sessionHandler.ts — dingkit's handler, with POST …/auth turned into a session.
import type { DingTalkUser } from '@dingkit/server';
import { openSession } from './sessions';

/**
 * Wraps `dingtalk.handler`: GET …/signature signs page URLs as before; POST …/auth {"code"}
 * still validates the code and exchanges it (getUserByAuthCode: /topapi/v2/user/getuserinfo, then
 * /topapi/v2/user/get), but answers { token, user } instead of the whole user. Errors pass through.
 */
export function withSessions(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const response = await handler(request);
    const isAuth = request.method === 'POST' && new URL(request.url).pathname.endsWith('/auth');
    if (!isAuth || !response.ok) return response;

    const user = (await response.json()) as DingTalkUser;
    const body = { token: openSession(user), user: { userid: user.userid, name: user.name } };
    // Keeps the handler's headers (content type, no-store, CORS for allowed origins).
    return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
  };
}
