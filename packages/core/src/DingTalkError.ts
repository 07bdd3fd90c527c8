/**
 * Every way a DingTalk call can fail, as one closed set of codes.
 *
 * - `NOT_IN_DINGTALK`: the page is not running inside the DingTalk client.
 * - `UNSUPPORTED`: the API does not exist on this platform or client version.
 * - `UNAUTHORIZED`: the API needs `jsApiList` authorisation and the handshake did not grant it.
 * - `CONFIG_FAILED`: the client rejected `config` (bad signature, wrong agentId, expired ticket…).
 * - `SIGNATURE_FAILED`: `getSignature` rejected, timed out or returned a malformed object.
 * - `INVALID_PARAMS`: the params break a documented limit; nothing reached the client.
 * - `CANCELLED`: the person dismissed the dialog or picker.
 * - `ABORTED`: the caller's `AbortSignal` fired (or the component unmounted).
 * - `TIMEOUT`: the client did not answer within `timeoutMs`.
 * - `API_FAILED`: the client answered with a failure; see `errorCode` and `platformMessage`.
 */
export type DingTalkErrorCode =
  | 'NOT_IN_DINGTALK'
  | 'UNSUPPORTED'
  | 'UNAUTHORIZED'
  | 'CONFIG_FAILED'
  | 'SIGNATURE_FAILED'
  | 'INVALID_PARAMS'
  | 'CANCELLED'
  | 'ABORTED'
  | 'TIMEOUT'
  | 'API_FAILED';

/** What a {@link DingTalkError} carries besides its code and message. */
export interface DingTalkErrorOptions {
  /** The JS-API the failure belongs to, e.g. `'biz.contact.choose'`. */
  api?: string;
  /** For `INVALID_PARAMS`: the path of the offending field, e.g. `'alertDate.value'`. */
  field?: string;
  /** The client's own error code (`errorCode` of its failure body), as it sent it. */
  errorCode?: string | number;
  /** The client's own error message (`errorMessage`), untranslated. */
  platformMessage?: string;
  /** Extra facts for diagnosis, e.g. the signed URL, timestamp and nonce of a failed handshake. */
  details?: Readonly<Record<string, unknown>>;
  /** The underlying error or failure body. */
  cause?: unknown;
}

/** The one error class dingkit rejects with. Check `code` to decide what to do. */
export class DingTalkError extends Error {
  override readonly name = 'DingTalkError';
  // Declared, not defined: the constructor sets them all, and a class field would be emitted twice.
  declare readonly code: DingTalkErrorCode;
  declare readonly api: string | undefined;
  declare readonly field: string | undefined;
  declare readonly errorCode: string | number | undefined;
  declare readonly platformMessage: string | undefined;
  declare readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DingTalkErrorCode, message: string, options: DingTalkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.api = options.api;
    this.field = options.field;
    this.errorCode = options.errorCode;
    this.platformMessage = options.platformMessage;
    this.details = options.details;
  }
}

/** `true` when `error` is a {@link DingTalkError}, optionally of one of the given codes. */
export function isDingTalkError(error: unknown, ...codes: DingTalkErrorCode[]): error is DingTalkError {
  return error instanceof DingTalkError && (codes.length === 0 || codes.includes(error.code));
}
