import { type DingTalkServerErrorCode, isDingTalkServerError } from './DingTalkServerError';
import type { DingTalkServerLogger } from './DingTalkServerLogger';

export interface HandlerContext {
  signUrl(url: string): Promise<unknown>;
  getUserByAuthCode(code: string): Promise<unknown>;
  allowedOrigins: ReadonlySet<string>;
  logger: DingTalkServerLogger | undefined;
}

/** An auth request is `{"code":"…"}`; anything much bigger is not one. */
const maxBodyBytes = 16 * 1024;

const statusByCode: Partial<Record<DingTalkServerErrorCode, number>> = {
  INVALID_INPUT: 400,
  ORIGIN_NOT_ALLOWED: 403,
  API_ERROR: 502,
  HTTP_ERROR: 502,
  BAD_RESPONSE: 502,
  TIMEOUT: 502,
  NETWORK_ERROR: 502,
};

class BodyTooLarge extends Error {}

/** Reads at most `limit` bytes of the body; throws `BodyTooLarge` past that. */
async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) throw new BodyTooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The Fetch API handler behind `DingTalkServer.handler`. */
export function createHandler(context: HandlerContext): (request: Request) => Promise<Response> {
  const { allowedOrigins, logger } = context;

  return async (request) => {
    const origin = request.headers.get('origin');
    const corsHeaders: Record<string, string> =
      origin !== null && allowedOrigins.has(origin)
        ? { 'access-control-allow-origin': origin, vary: 'origin' }
        : {};
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), {
        status,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...corsHeaders,
          ...extra,
        },
      });
    const fail = (status: number, error: string, message: string, extra: Record<string, unknown> = {}) =>
      json(status, { error, message, ...extra });

    let pathname: string;
    try {
      pathname = new URL(request.url).pathname.replace(/\/+$/, '');
    } catch {
      return fail(400, 'INVALID_INPUT', 'The request URL could not be parsed.');
    }
    const route = pathname.endsWith('/signature')
      ? 'signature'
      : pathname.endsWith('/auth')
        ? 'auth'
        : undefined;
    if (route === undefined) {
      return fail(404, 'NOT_FOUND', 'Use GET …/signature?url=<page URL> or POST …/auth with {"code": "…"}.');
    }
    const method = route === 'signature' ? 'GET' : 'POST';
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...corsHeaders,
          ...(corsHeaders['access-control-allow-origin']
            ? {
                'access-control-allow-methods': method,
                'access-control-allow-headers': 'content-type',
                'access-control-max-age': '600',
              }
            : {}),
        },
      });
    }
    if (request.method !== method) {
      return json(
        405,
        { error: 'METHOD_NOT_ALLOWED', message: `Use ${method} for …/${route}.` },
        { allow: `${method}, OPTIONS` },
      );
    }

    try {
      if (route === 'signature') {
        const url = new URL(request.url).searchParams.get('url');
        return json(200, await context.signUrl(url ?? ''));
      }
      let text: string;
      try {
        text = await readText(request, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          return fail(
            413,
            'INVALID_INPUT',
            `The body is larger than ${maxBodyBytes} bytes; send {"code": "…"}.`,
          );
        }
        throw error;
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return fail(400, 'INVALID_INPUT', 'The body is not JSON; send {"code": "<authCode>"}.');
      }
      const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
      return json(200, await context.getUserByAuthCode(code as string));
    } catch (error) {
      if (isDingTalkServerError(error)) {
        const status = statusByCode[error.code] ?? 500;
        const details = { route, status, code: error.code, errcode: error.errcode, api: error.api, origin };
        if (status >= 500) logger?.error?.(`dingkit: ${request.method} …/${route} failed`, details);
        else if (status === 403) logger?.warn?.(`dingkit: ${request.method} …/${route} refused`, details);
        else logger?.info?.(`dingkit: ${request.method} …/${route} rejected`, details);
        return fail(
          status,
          error.code,
          status === 500 ? 'The DingTalk server integration failed; see the server log.' : error.message,
          error.errcode === undefined ? {} : { errcode: error.errcode },
        );
      }
      logger?.error?.(`dingkit: ${request.method} …/${route} failed unexpectedly`, {
        route,
        name: error instanceof Error ? error.name : typeof error,
      });
      return fail(500, 'INTERNAL_ERROR', 'The DingTalk server integration failed; see the server log.');
    }
  };
}
