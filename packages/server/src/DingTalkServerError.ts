/**
 * Every error code `@dingkit/server` uses, in one list (the type below is made from it).
 *
 * - `INVALID_OPTIONS`: `createDingTalkServer` (or `createSessionCookie`) got a missing or malformed option.
 * - `INVALID_INPUT`: the URL or auth code to work on is missing or malformed (see `field`).
 * - `ORIGIN_NOT_ALLOWED`: the URL to sign is not on one of `allowedOrigins`.
 * - `API_ERROR`: DingTalk answered with a non-zero `errcode` (see `errcode` and `errmsg`).
 * - `HTTP_ERROR`: DingTalk answered with an HTTP error status and no `errcode` (see `status`).
 * - `BAD_RESPONSE`: DingTalk's answer was not JSON or lacked the documented fields.
 * - `TIMEOUT`: DingTalk did not answer within `timeoutMs`, or the work under the refresh lock ran
 *   past the lock's lifetime.
 * - `NETWORK_ERROR`: DingTalk could not be reached at all.
 * - `CIRCUIT_OPEN`: this DingTalk API failed several times in a row, so it is not called again
 *   until `retryAfterMs` has passed (one probe call then decides).
 * - `BUSY`: too many DingTalk requests are already running or waiting (`maxConcurrentRequests`).
 * - `STORE_ERROR`: the token store (memory, Redis, …) failed or did not answer within `storeTimeoutMs`.
 * - `LOCK_TIMEOUT`: another process held the refresh lock for its whole lifetime without
 *   writing a token or ticket.
 */
export const dingTalkServerErrorCodes = [
  'INVALID_OPTIONS',
  'INVALID_INPUT',
  'ORIGIN_NOT_ALLOWED',
  'API_ERROR',
  'HTTP_ERROR',
  'BAD_RESPONSE',
  'TIMEOUT',
  'NETWORK_ERROR',
  'CIRCUIT_OPEN',
  'BUSY',
  'STORE_ERROR',
  'LOCK_TIMEOUT',
] as const;

/** Every way a server-side DingTalk operation can fail, as one closed set of codes (see {@link dingTalkServerErrorCodes}). */
export type DingTalkServerErrorCode = (typeof dingTalkServerErrorCodes)[number];

/** The facts a {@link DingTalkServerError} carries besides its code and message. */
export interface DingTalkServerErrorOptions {
  /** The DingTalk endpoint the failure belongs to, e.g. `'/get_jsapi_ticket'` (never its query). */
  api?: string;
  /** For `INVALID_INPUT` and `INVALID_OPTIONS`: the offending field, e.g. `'url'` or `'code'`. */
  field?: string;
  /** DingTalk's `errcode`, for `API_ERROR`. */
  errcode?: number;
  /**
   * DingTalk's `errmsg`, for `API_ERROR`, with the app secret, tokens, tickets and the auth code
   * of the call replaced by `***`. For the server's log; never sent to the page.
   */
  errmsg?: string;
  /** The HTTP status DingTalk answered with, for `HTTP_ERROR` and `API_ERROR`. */
  status?: number;
  /** For `CIRCUIT_OPEN`, `BUSY` and `LOCK_TIMEOUT`: how long to wait before trying again, in milliseconds. */
  retryAfterMs?: number;
}

/**
 * The one error class `@dingkit/server` rejects with. Check `code` to decide what to do.
 * Messages are written from dingkit's own texts (in the server's `locale`) and the values it
 * checked itself (codes, numbers, origins, field names); nothing DingTalk, a custom `fetch` or a
 * store returns is copied into them, and no secret, token, ticket or auth code is ever in them,
 * so the error can be logged as it is.
 */
export class DingTalkServerError extends Error {
  override readonly name = 'DingTalkServerError';
  readonly code: DingTalkServerErrorCode;
  readonly api: string | undefined;
  readonly field: string | undefined;
  readonly errcode: number | undefined;
  readonly errmsg: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: DingTalkServerErrorCode, message: string, options: DingTalkServerErrorOptions = {}) {
    super(message);
    this.code = code;
    this.api = options.api;
    this.field = options.field;
    this.errcode = options.errcode;
    this.errmsg = options.errmsg;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** `true` when `error` is a {@link DingTalkServerError}, optionally of one of the given codes. */
export function isDingTalkServerError(
  error: unknown,
  ...codes: DingTalkServerErrorCode[]
): error is DingTalkServerError {
  return error instanceof DingTalkServerError && (codes.length === 0 || codes.includes(error.code));
}
