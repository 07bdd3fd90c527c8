import { DingTalkError } from './DingTalkError';
import type { DingTalkErrorCode } from './types';

// errorCodes with a meaning of their own: -1 is the person cancelling (iOS/Android, pickers);
// 4040 and 4050 are dingtalk-jsapi's "not in DingTalk" and "not registered on this platform".
const codeFor: Record<string, DingTalkErrorCode> = {
  '-1': 'CANCELLED',
  '4040': 'NOT_IN_DINGTALK',
  '4050': 'UNSUPPORTED',
};

/**
 * Maps whatever a transport rejected with (the client's `{ errorCode, errorMessage }` body, an
 * Error, a string) to a `DingTalkError`. A `DingTalkError` passes through unchanged.
 */
export function toDingTalkError(
  api: string,
  raw: unknown,
  fallback: DingTalkErrorCode = 'API_FAILED',
): DingTalkError {
  if (raw instanceof DingTalkError) return raw;
  const body = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const errorCode = body.errorCode ?? body.code;
  const platformMessage =
    typeof body.errorMessage === 'string'
      ? body.errorMessage
      : raw instanceof Error
        ? raw.message
        : typeof raw === 'string'
          ? raw
          : undefined;
  // dingtalk-jsapi rejects outside DingTalk with an Error whose message carries 4040.
  const known =
    errorCode !== undefined
      ? codeFor[String(errorCode)]
      : /\b4040\b/.test(platformMessage ?? '')
        ? 'NOT_IN_DINGTALK'
        : undefined;
  // A rejected handshake is a handshake failure whatever code the client used (-1 is not a person cancelling here).
  const code =
    fallback === 'CONFIG_FAILED' ? (known === 'NOT_IN_DINGTALK' ? known : fallback) : (known ?? fallback);
  return new DingTalkError(code, {
    api,
    errorCode: typeof errorCode === 'string' || typeof errorCode === 'number' ? errorCode : undefined,
    platformMessage,
    cause: raw,
  });
}
