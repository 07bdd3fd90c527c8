/**
 * Every way a server-side DingTalk operation can fail, as one closed set of codes.
 *
 * - `INVALID_OPTIONS`: `createDingTalkServer` got a missing or malformed option.
 * - `INVALID_INPUT`: the URL or auth code to work on is missing or malformed (see `field`).
 * - `ORIGIN_NOT_ALLOWED`: the URL to sign is not on one of `allowedOrigins`.
 * - `API_ERROR`: DingTalk answered with a non-zero `errcode` (see `errcode` and `errmsg`).
 * - `HTTP_ERROR`: DingTalk answered with an HTTP error status and no `errcode` (see `status`).
 * - `BAD_RESPONSE`: DingTalk's answer was not JSON or lacked the documented fields.
 * - `TIMEOUT`: DingTalk did not answer within `timeoutMs`, or a lock holder never finished.
 * - `NETWORK_ERROR`: DingTalk could not be reached at all.
 * - `STORE_ERROR`: the token store (memory, Redis, …) failed.
 */
export type DingTalkServerErrorCode =
  | 'INVALID_OPTIONS'
  | 'INVALID_INPUT'
  | 'ORIGIN_NOT_ALLOWED'
  | 'API_ERROR'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | 'TIMEOUT'
  | 'NETWORK_ERROR'
  | 'STORE_ERROR';

/** The facts a {@link DingTalkServerError} carries besides its code and message. */
export interface DingTalkServerErrorOptions {
  /** The DingTalk endpoint the failure belongs to, e.g. `'/get_jsapi_ticket'` (never its query). */
  api?: string;
  /** For `INVALID_INPUT` and `INVALID_OPTIONS`: the offending field, e.g. `'url'` or `'code'`. */
  field?: string;
  /** DingTalk's `errcode`, for `API_ERROR`. */
  errcode?: number;
  /** DingTalk's `errmsg`, for `API_ERROR`, with anything secret-looking removed. */
  errmsg?: string;
  /** The HTTP status DingTalk answered with, for `HTTP_ERROR`. */
  status?: number;
}

/**
 * The one error class `@dingkit/server` rejects with. Check `code` to decide what to do.
 * Messages and fields never contain the app secret, an access_token or a jsapi_ticket, so the
 * error can be logged as it is.
 */
export class DingTalkServerError extends Error {
  override readonly name = 'DingTalkServerError';
  readonly code: DingTalkServerErrorCode;
  readonly api: string | undefined;
  readonly field: string | undefined;
  readonly errcode: number | undefined;
  readonly errmsg: string | undefined;
  readonly status: number | undefined;

  constructor(code: DingTalkServerErrorCode, message: string, options: DingTalkServerErrorOptions = {}) {
    super(message);
    this.code = code;
    this.api = options.api;
    this.field = options.field;
    this.errcode = options.errcode;
    this.errmsg = options.errmsg;
    this.status = options.status;
  }
}

/** `true` when `error` is a {@link DingTalkServerError}, optionally of one of the given codes. */
export function isDingTalkServerError(
  error: unknown,
  ...codes: DingTalkServerErrorCode[]
): error is DingTalkServerError {
  return error instanceof DingTalkServerError && (codes.length === 0 || codes.includes(error.code));
}
