import { signatureUrl } from '@dingkit/core';
import { DingTalkServerError } from './DingTalkServerError';

/** Whitespace and control characters never appear in `location.href` (the browser encodes them). */
function hasUnsafeCharacters(text: string): boolean {
  if (/\s/.test(text)) return true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The allow-list as a set of origins. Each entry must be a bare http(s) origin
 * (`https://app.example.com`, `http://localhost:5173`): no path, query, wildcard or credentials.
 */
export function parseAllowedOrigins(allowedOrigins: unknown): ReadonlySet<string> {
  if (!Array.isArray(allowedOrigins) || allowedOrigins.length === 0) {
    throw new DingTalkServerError(
      'INVALID_OPTIONS',
      'allowedOrigins must list the origins of the pages you sign, e.g. ["https://app.example.com"].',
      { field: 'allowedOrigins' },
    );
  }
  const origins = new Set<string>();
  for (const entry of allowedOrigins) {
    let parsed: URL | undefined;
    try {
      parsed = typeof entry === 'string' ? new URL(entry) : undefined;
    } catch {
      parsed = undefined;
    }
    if (
      parsed === undefined ||
      (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
      parsed.pathname !== '/' ||
      parsed.search !== '' ||
      parsed.hash !== '' ||
      parsed.username !== '' ||
      parsed.password !== '' ||
      parsed.hostname.includes('*') ||
      !/^https?:\/\/[^/]+\/?$/i.test(String(entry))
    ) {
      throw new DingTalkServerError(
        'INVALID_OPTIONS',
        `allowedOrigins entry ${JSON.stringify(entry)} is not an http(s) origin. Write scheme, host and port only, e.g. "https://app.example.com" or "http://localhost:5173"; wildcards are not supported.`,
        { field: 'allowedOrigins' },
      );
    }
    origins.add(parsed.origin);
  }
  return origins;
}

/**
 * Checks the page URL to sign and returns exactly the string to sign: the URL as the page sent
 * it (`location.href`), without `#…`, as `signatureUrl` does on the client.
 */
export function checkPageUrl(url: unknown, allowedOrigins: ReadonlySet<string>, maxLength: number): string {
  const invalid = (message: string) => new DingTalkServerError('INVALID_INPUT', message, { field: 'url' });
  if (typeof url !== 'string' || url === '') {
    throw invalid('Missing url: pass the page URL (location.href) to sign.');
  }
  if (url.length > maxLength) {
    throw invalid(
      `The url is ${url.length} characters long; at most ${maxLength} are signed (maxUrlLength).`,
    );
  }
  if (hasUnsafeCharacters(url)) {
    throw invalid('The url contains whitespace or control characters; send location.href unchanged.');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('The url is not an absolute URL; send location.href unchanged.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(`Only http and https pages can be signed, not ${parsed.protocol}.`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw invalid('The url must not contain a user name or password.');
  }
  if (!allowedOrigins.has(parsed.origin)) {
    throw new DingTalkServerError(
      'ORIGIN_NOT_ALLOWED',
      `${parsed.origin} is not in allowedOrigins, so its pages are not signed. Add it to allowedOrigins if the app is served from there.`,
      { field: 'url' },
    );
  }
  return signatureUrl(url);
}

/** Checks an auth code from `runtime.permission.requestAuthCode` before it is sent to DingTalk. */
export function checkAuthCode(code: unknown): string {
  if (typeof code !== 'string' || code === '') {
    throw new DingTalkServerError(
      'INVALID_INPUT',
      'Missing code: send the authCode from runtime.permission.requestAuthCode (useAuthCode).',
      { field: 'code' },
    );
  }
  if (code.length > 512 || !/^[\x21-\x7e]+$/.test(code)) {
    throw new DingTalkServerError(
      'INVALID_INPUT',
      'The code is not an auth code (expected up to 512 printable ASCII characters without spaces).',
      { field: 'code' },
    );
  }
  return code;
}
