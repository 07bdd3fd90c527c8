import { DingTalkError, type DingTalkErrorCode } from './DingTalkError';

// errorCodes with a meaning of their own: -1 is the person cancelling (iOS/Android, pickers);
// 4040 and 4050 are dingtalk-jsapi's "not in DingTalk" and "not registered on this platform";
// 3 and 52013 are the client's signature rejections.
const codeFor: Record<string, DingTalkErrorCode> = {
  '-1': 'CANCELLED',
  '4040': 'NOT_IN_DINGTALK',
  '4050': 'UNSUPPORTED',
};

const advice: Partial<Record<DingTalkErrorCode, string>> = {
  CANCELLED: 'The person cancelled; treat it as a choice, not a failure.',
  NOT_IN_DINGTALK: 'Open it from DingTalk, or use @dingkit/mock during development.',
  UNSUPPORTED: 'This client cannot run it; check isSupported() first.',
  CONFIG_FAILED:
    'Sign exactly the page URL without its hash, with its port and encoding, using a fresh jsapi_ticket.',
  API_FAILED: 'See errorCode and platformMessage for what DingTalk reported.',
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
  return new DingTalkError(
    code,
    `${api} failed.${said(errorCode, platformMessage)} ${advice[code] ?? ''}`.trim(),
    {
      api,
      ...(typeof errorCode === 'string' || typeof errorCode === 'number' ? { errorCode } : {}),
      ...(platformMessage !== undefined ? { platformMessage } : {}),
      cause: raw,
    },
  );
}

/** `' DingTalk said: <code> <message>.'`, or nothing when the client said nothing. */
export function said(errorCode: unknown, platformMessage: string | undefined): string {
  return errorCode !== undefined || platformMessage
    ? ` DingTalk said: ${[errorCode, platformMessage].filter((part) => part !== undefined && part !== '').join(' ')}.`
    : '';
}
