import type { SessionCookie } from './createSessionCookie';
import { type DingTalkServerErrorCode, isDingTalkServerError } from './DingTalkServerError';
import type { DingTalkServerLogger } from './DingTalkServerLogger';
import {
  BodyTimeout,
  BodyTooLarge,
  type HandlerCore,
  type HandlerResponse,
  handlerCoreKey,
  readRequestText,
} from './handlerCore';
import {
  type DingTalkServerLocale,
  type DingTalkServerResponseErrorCode,
  type ErrorFactory,
  logMessages,
  publicMessages,
} from './serverMessages';

/** The body of every error answer of `DingTalkServer.handler`. */
export interface DingTalkServerErrorBody {
  /** A stable code to branch on. */
  error: DingTalkServerResponseErrorCode;
  /**
   * What went wrong, in the server's `locale`. For bad input (400) and a foreign origin (403) it
   * says what to change; for failures of DingTalk or the server it is generic (the server's
   * `logger` has the details).
   */
  message: string;
  /** DingTalk's errcode, for `API_ERROR` (e.g. 40078: the auth code is unknown, used or expired). */
  errcode?: number;
}

export interface HandlerContext {
  signUrl(url: string): Promise<unknown>;
  getUserByAuthCode(code: string): Promise<{ userid: string; name: string }>;
  allowedOrigins: ReadonlySet<string>;
  logger: DingTalkServerLogger | undefined;
  locale: DingTalkServerLocale;
  errors: ErrorFactory;
  session: SessionCookie | undefined;
  bodyTimeoutMs: number;
}

/** An auth request is `{"code":"…"}`; anything much bigger is not one. */
const maxBodyBytes = 16 * 1024;

const statusByCode: Record<DingTalkServerErrorCode, number> = {
  INVALID_OPTIONS: 500,
  INVALID_INPUT: 400,
  ORIGIN_NOT_ALLOWED: 403,
  API_ERROR: 502,
  HTTP_ERROR: 502,
  BAD_RESPONSE: 502,
  TIMEOUT: 502,
  NETWORK_ERROR: 502,
  CIRCUIT_OPEN: 503,
  BUSY: 503,
  STORE_ERROR: 500,
  LOCK_TIMEOUT: 503,
};

const routes = {
  signature: { methods: ['GET', 'HEAD'], allow: 'GET, HEAD, OPTIONS', preflight: 'GET' },
  auth: { methods: ['POST'], allow: 'POST, OPTIONS', preflight: 'POST' },
} as const;

const jsonHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** The path of a request URL (absolute, or a path with its query). */
function pathOf(url: string): string | undefined {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.startsWith('/')) return path;
  try {
    return new URL(path).pathname;
  } catch {
    return undefined;
  }
}

/** The handler's framework-free core and the Fetch API handler around it. */
export function createHandler(context: HandlerContext): (request: Request) => Promise<Response> {
  const { allowedOrigins, logger, locale, errors, session } = context;
  const texts = publicMessages[locale];
  const log = logMessages[locale];

  const core: HandlerCore = async (request) => {
    const origin = request.header('origin');
    const cors: Record<string, string> =
      origin !== undefined && allowedOrigins.has(origin)
        ? { 'access-control-allow-origin': origin, vary: 'origin' }
        : {};
    const json = (status: number, body: unknown, extra: Record<string, string> = {}): HandlerResponse => ({
      status,
      headers: { ...jsonHeaders, ...cors, ...extra },
      body: JSON.stringify(body),
    });
    const fail = (
      status: number,
      error: DingTalkServerResponseErrorCode,
      message: string,
      extra: Record<string, string> = {},
      errcode?: number,
    ) => json(status, errcode === undefined ? { error, message } : { error, message, errcode }, extra);

    const pathname = pathOf(request.url)?.replace(/\/+$/, '');
    if (pathname === undefined) return fail(400, 'INVALID_INPUT', texts.INVALID_INPUT);
    const route = pathname.endsWith('/signature')
      ? 'signature'
      : pathname.endsWith('/auth')
        ? 'auth'
        : undefined;
    if (route === undefined) return fail(404, 'NOT_FOUND', texts.NOT_FOUND);
    const { methods, allow, preflight } = routes[route];
    if (request.method === 'OPTIONS') {
      const allowed = cors['access-control-allow-origin'] !== undefined;
      return {
        status: 204,
        headers: allowed
          ? {
              ...cors,
              'access-control-allow-methods': preflight,
              'access-control-allow-headers': 'content-type',
              'access-control-max-age': '600',
            }
          : {},
        body: undefined,
      };
    }
    if (!(methods as readonly string[]).includes(request.method)) {
      return fail(405, 'METHOD_NOT_ALLOWED', texts.METHOD_NOT_ALLOWED, { allow });
    }

    try {
      if (route === 'signature') {
        const query = request.url.indexOf('?');
        const url = query === -1 ? null : new URLSearchParams(request.url.slice(query + 1)).get('url');
        return json(200, await context.signUrl(url ?? ''));
      }
      let text: string;
      try {
        text = await request.readBody(maxBodyBytes, context.bodyTimeoutMs);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          const tooLarge = errors('bodyTooLarge', { max: maxBodyBytes }, { field: 'body' });
          return fail(413, tooLarge.code, tooLarge.message, { connection: 'close' });
        }
        if (error instanceof BodyTimeout) {
          return fail(408, 'REQUEST_TIMEOUT', texts.REQUEST_TIMEOUT, { connection: 'close' });
        }
        throw error;
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        const notJson = errors('bodyNotJson', {}, { field: 'body' });
        return fail(400, notJson.code, notJson.message);
      }
      const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
      const user = await context.getUserByAuthCode(code as string);
      return json(200, user, session ? { 'set-cookie': await session.issue(user) } : {});
    } catch (error) {
      if (!isDingTalkServerError(error)) {
        logger?.error?.(log.requestFailed(route), {
          route,
          status: 500,
          code: 'INTERNAL_ERROR',
          name: error instanceof Error ? error.name : typeof error,
        });
        return fail(500, 'INTERNAL_ERROR', texts.INTERNAL_ERROR);
      }
      const status = statusByCode[error.code];
      const seen = { route, status, code: error.code, origin: origin?.slice(0, 200) };
      if (status >= 500) {
        logger?.error?.(log.requestFailed(route), {
          ...seen,
          api: error.api,
          errcode: error.errcode,
          errmsg: error.errmsg,
          message: error.message,
        });
      } else if (status === 403) {
        logger?.warn?.(log.requestRefused(route), { ...seen, message: error.message });
      } else {
        // Not the message: it may quote the URL the page sent, query and all.
        logger?.info?.(log.requestRejected(route), { ...seen, field: error.field });
      }
      const retryAfter: Record<string, string> =
        error.retryAfterMs === undefined
          ? {}
          : { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
      return fail(
        status,
        error.code,
        // The page's own mistakes are explained; anything else stays generic for anonymous callers.
        status < 500 ? error.message : texts[error.code],
        retryAfter,
        error.code === 'API_ERROR' ? error.errcode : undefined,
      );
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    const answer = await core({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      readBody: (limit, timeoutMs) => readRequestText(request, limit, timeoutMs),
    });
    return new Response(request.method === 'HEAD' ? null : (answer.body ?? null), {
      status: answer.status,
      headers: answer.headers,
    });
  };
  Object.defineProperty(handler, handlerCoreKey, { value: core });
  return handler;
}
