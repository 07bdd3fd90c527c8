import type { DingTalkErrorCode, DingTalkErrorOptions, ErrorFacts } from './types';

/** The message an error has until it is localised: `'INVALID_PARAMS device.notification.toast duration'`. */
export const shortMessage = ({ code, api, field }: ErrorFacts): string =>
  [code, api, field].filter(Boolean).join(' ');

/**
 * The one error class dingkit rejects with. Check `code` to decide what to do; `api`, `field`,
 * `errorCode` and `details` hold the facts. dingkit creates it with a short message
 * (`INVALID_PARAMS device.notification.toast duration`) and puts the full one, in the provider's
 * `locale`, in before the error reaches the app: what went wrong and what to do next.
 */
export class DingTalkError extends Error {
  override readonly name = 'DingTalkError';
  // Declared, not defined: the constructor sets them all, and a class field would be emitted twice.
  declare readonly code: DingTalkErrorCode;
  declare readonly api: string | undefined;
  declare readonly field: string | undefined;
  declare readonly errorCode: string | number | undefined;
  declare readonly platformMessage: string | undefined;
  declare readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DingTalkErrorCode, options: DingTalkErrorOptions = {}) {
    const { cause, message } = options;
    super(message ?? shortMessage({ code, ...options }), cause === undefined ? undefined : { cause });
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
