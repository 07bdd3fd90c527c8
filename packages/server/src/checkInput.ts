import type { ErrorFactory } from './serverMessages';

/** Whitespace and control characters never appear in `location.href` (the browser encodes them). */
function hasUnsafeCharacters(text: string): boolean {
  if (/\s/.test(text)) return true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const withoutHash = (url: string) => {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
};

/**
 * The allow-list as a set of origins. Each entry must be a bare http(s) origin
 * (`https://app.example.com`, `http://localhost:5173`): no path, query, wildcard or credentials.
 */
export function parseAllowedOrigins(allowedOrigins: unknown, errors: ErrorFactory): ReadonlySet<string> {
  if (!Array.isArray(allowedOrigins) || allowedOrigins.length === 0) {
    throw errors('allowedOriginsMissing', {}, { field: 'allowedOrigins' });
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
      throw errors(
        'allowedOriginInvalid',
        { entry: String(JSON.stringify(entry)).slice(0, 200) },
        { field: 'allowedOrigins' },
      );
    }
    origins.add(parsed.origin);
  }
  return origins;
}

/**
 * Checks the page URL to sign and returns exactly the string to sign: the URL without `#…`, and
 * only when it is written as the browser writes `location.href` (what `new URL(url).href` gives).
 * A string that merely parses to an allowed origin (`https://app.example.com\@evil.com/`, an
 * explicit `:443`, a full-width host) is refused: no browser sends it, and signing it as given
 * would sign something other than what was checked.
 */
export function checkPageUrl(
  url: unknown,
  allowedOrigins: ReadonlySet<string>,
  maxLength: number,
  errors: ErrorFactory,
): string {
  const field = { field: 'url' };
  if (typeof url !== 'string' || url === '') throw errors('urlMissing', {}, field);
  if (url.length > maxLength) throw errors('urlTooLong', { length: url.length, max: maxLength }, field);
  if (hasUnsafeCharacters(url)) throw errors('urlUnsafe', {}, field);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw errors('urlNotAbsolute', {}, field);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw errors('urlProtocol', { protocol: parsed.protocol.slice(0, 40) }, field);
  }
  if (parsed.username !== '' || parsed.password !== '') throw errors('urlCredentials', {}, field);
  const signed = withoutHash(url);
  const canonical = withoutHash(parsed.href);
  if (signed !== canonical) throw errors('urlNotCanonical', { expected: canonical }, field);
  if (!allowedOrigins.has(parsed.origin)) throw errors('originNotAllowed', { origin: parsed.origin }, field);
  return signed;
}

/** Checks an auth code from `runtime.permission.requestAuthCode` before it is sent to DingTalk. */
export function checkAuthCode(code: unknown, errors: ErrorFactory): string {
  if (typeof code !== 'string' || code === '') throw errors('codeMissing', {}, { field: 'code' });
  if (code.length > 512 || !/^[\x21-\x7e]+$/.test(code)) throw errors('codeMalformed', {}, { field: 'code' });
  return code;
}
