import type { Redactor } from './createRedactor';
import { apiHints, type DingTalkServerLocale, type ErrorFactory, type UpstreamApi } from './serverMessages';

export interface UpstreamContext {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  redactor: Redactor;
  errors: ErrorFactory;
  locale: DingTalkServerLocale;
}

export interface UpstreamRequest {
  api: UpstreamApi;
  /** The query string (DingTalk wants the app secret and the access_token there). */
  query: Record<string, string>;
  /** A JSON body: the request is then a POST. */
  body?: Record<string, unknown>;
  /** Values of this call to scrub from what comes back besides the remembered ones (its auth code). */
  secrets?: readonly string[];
  timeoutMs: number;
}

export type UpstreamBody = Record<string, unknown>;

export function isRecord(value: unknown): value is UpstreamBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An identifier such as `ECONNREFUSED`, `UND_ERR_CONNECT_TIMEOUT` or `TypeError`; never free text. */
const identifier = /^[A-Za-z][A-Za-z0-9_]{1,39}$/;

/**
 * Why a fetch failed, as an identifier only: the error's `cause.code` (Node's and undici's codes)
 * or its class name. Its message and anything else in `cause` may hold the request URL, and the
 * URL holds the app secret or a token.
 */
function failureReason(error: unknown, context: UpstreamContext, secrets: readonly string[]): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  const name = error instanceof Error ? error.name : undefined;
  const reason = [code, name].find(
    (value): value is string => typeof value === 'string' && identifier.test(value),
  );
  // An identifier could still be a secret's value (a custom fetch can put anything there).
  return reason === undefined ? 'unknown' : context.redactor.scrub(reason, secrets);
}

/** DingTalk's errcode as a whole number, `0` when absent, `undefined` when it is not a number. */
function parseErrcode(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  const number = typeof value === 'string' && /^-?\d{1,12}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : undefined;
}

/**
 * One call to the DingTalk server API: a timeout covering connect, headers and body; errcode,
 * HTTP status and JSON checked; every failure a `DingTalkServerError` made of dingkit's own text
 * and checked values, with DingTalk's `errmsg` (scrubbed) kept beside it for the log.
 */
export async function requestDingTalk(
  context: UpstreamContext,
  request: UpstreamRequest,
): Promise<UpstreamBody> {
  const { api, timeoutMs, secrets = [] } = request;
  const { errors } = context;
  const url = `${context.baseUrl}${api}?${new URLSearchParams(request.query).toString()}`;
  const controller = new AbortController();
  const timeoutError = errors('upstreamTimeout', { api, ms: Math.round(timeoutMs) }, { api });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing a timer (not only passing the signal) settles the call even with an injected fetch
  // that ignores `signal`.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      reject(timeoutError);
    }, timeoutMs);
  });

  const run = async (): Promise<UpstreamBody> => {
    let text: string;
    let response: Response;
    try {
      response = await context.fetch(url, {
        method: request.body === undefined ? 'GET' : 'POST',
        headers:
          request.body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw timeoutError;
      throw errors('network', { api, reason: failureReason(error, context, secrets) }, { api });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const status = response.status;
    if (isRecord(body)) {
      const errcode = parseErrcode(body.errcode);
      if (errcode === undefined) throw errors('badErrcode', { api }, { api, status });
      if (errcode !== 0) {
        const errmsg =
          typeof body.errmsg === 'string'
            ? context.redactor.scrub(body.errmsg, secrets).slice(0, 300)
            : undefined;
        throw errors(
          'apiError',
          { api, errcode, hint: apiHints[context.locale][api] },
          { api, errcode, errmsg, status },
        );
      }
    }
    if (!response.ok) throw errors('httpError', { api, status }, { api, status });
    if (!isRecord(body)) throw errors('notJson', { api }, { api, status });
    return body;
  };

  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `body[field]` as a non-empty string, or a `BAD_RESPONSE` error naming the missing field. */
export function requireString(
  body: UpstreamBody,
  field: string,
  api: UpstreamApi,
  errors: ErrorFactory,
): string {
  const value = body[field];
  if (typeof value === 'string' && value !== '') return value;
  throw errors('missingField', { api, field }, { api });
}
