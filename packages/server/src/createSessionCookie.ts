import { createErrorFactory, type DingTalkServerLocale } from './serverMessages';

/** Options of {@link createSessionCookie}. */
export interface SessionCookieOptions {
  /**
   * The key the cookie is signed with (HMAC-SHA256): at least 32 characters of random text, e.g.
   * from `openssl rand -base64 32`, kept out of the repository. Required; no default. Changing it
   * signs everyone out.
   */
  secret: string;
  /**
   * The cookie's name. The `__Host-` prefix makes browsers accept it only when it is `Secure`,
   * has `Path=/` and no `Domain`, so no other site or subdomain can set it.
   * @default '__Host-dingkit-session'
   */
  name?: string;
  /**
   * How long a session lasts, in seconds (the cookie's `Max-Age` and the expiry signed into it).
   * @default 28800 (8 hours)
   */
  maxAgeSeconds?: number;
  /**
   * The cookie's `SameSite`. `'Lax'` fits a micro-app that calls its own backend; `'None'` is only
   * needed when the API is on another site than the page.
   * @default 'Lax'
   */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /**
   * The clock (milliseconds since the epoch) for the expiry.
   * @default Date.now
   */
  now?: () => number;
  /**
   * The language of its option errors.
   * @default 'en'
   */
  locale?: DingTalkServerLocale;
}

/** Who a valid session cookie belongs to. */
export interface DingTalkSession {
  /** The person's userid in the organisation. */
  userid: string;
  /** The person's name when the session was opened. */
  name: string;
  /** When the session ends, in milliseconds since the epoch. */
  expiresAt: number;
}

/** What {@link createSessionCookie} returns. */
export interface SessionCookie {
  /** The cookie's name. */
  readonly name: string;
  /** A `Set-Cookie` header value that opens a session for `user` (signed, HttpOnly, Secure, SameSite, Max-Age). */
  issue(user: { userid: string; name: string }): Promise<string>;
  /**
   * The session in a `Cookie` header (or a request's), or `undefined` when there is none or it is
   * tampered with, signed with another secret, malformed or expired.
   */
  read(cookies: Request | string | null | undefined): Promise<DingTalkSession | undefined>;
  /** A `Set-Cookie` header value that removes the cookie (sign-out). */
  clear(): string;
}

const minSecretLength = 32;
const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The value of cookie `name` in a `Cookie` header. */
function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * A session after 免登, kept in a cookie signed with your secret (HMAC-SHA256 over the userid,
 * name and expiry): no session store, and tampered, foreign or expired cookies are refused.
 * Pass it as `session` to `createDingTalkServer` and `POST …/auth` sets it; read it in your own
 * routes with `session.read(request)`. Web Crypto only, so it runs in Node and edge runtimes.
 */
export function createSessionCookie(options: SessionCookieOptions): SessionCookie {
  const errors = createErrorFactory(options.locale ?? 'en');
  if (typeof options.secret !== 'string' || options.secret.length < minSecretLength) {
    throw errors('sessionSecretTooShort', { min: minSecretLength }, { field: 'secret' });
  }
  const name = options.name ?? '__Host-dingkit-session';
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) {
    throw errors('cookieNameInvalid', { name: JSON.stringify(name).slice(0, 100) }, { field: 'name' });
  }
  const maxAgeSeconds = options.maxAgeSeconds ?? 8 * 60 * 60;
  if (!Number.isSafeInteger(maxAgeSeconds) || maxAgeSeconds <= 0) {
    throw errors('positiveInteger', { field: 'maxAgeSeconds' }, { field: 'maxAgeSeconds' });
  }
  const sameSite = options.sameSite ?? 'Lax';
  if (!['Strict', 'Lax', 'None'].includes(sameSite)) {
    throw errors('oneOf', { field: 'sameSite', values: "'Strict', 'Lax', 'None'" }, { field: 'sameSite' });
  }
  const now = options.now ?? Date.now;
  const key = globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(options.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const attributes = `Path=/; HttpOnly; Secure; SameSite=${sameSite}`;

  return {
    name,
    async issue(user) {
      const expiresAt = now() + maxAgeSeconds * 1000;
      const payload = toBase64Url(
        encoder.encode(JSON.stringify({ u: user.userid, n: user.name, e: expiresAt })),
      );
      const mac = new Uint8Array(
        await globalThis.crypto.subtle.sign('HMAC', await key, encoder.encode(payload)),
      );
      return `${name}=${payload}.${toBase64Url(mac)}; Max-Age=${maxAgeSeconds}; ${attributes}`;
    },
    async read(cookies) {
      const header = typeof cookies === 'string' ? cookies : (cookies?.headers.get('cookie') ?? '');
      const value = cookieValue(header, name);
      const [payload, signature, extra] = value?.split('.') ?? [];
      if (payload === undefined || signature === undefined || extra !== undefined) return undefined;
      const mac = fromBase64Url(signature);
      // subtle.verify compares in constant time.
      if (
        mac === undefined ||
        !(await globalThis.crypto.subtle.verify('HMAC', await key, mac, encoder.encode(payload)))
      ) {
        return undefined;
      }
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(fromBase64Url(payload)));
      } catch {
        return undefined;
      }
      if (typeof data !== 'object' || data === null || !('u' in data) || !('n' in data) || !('e' in data)) {
        return undefined;
      }
      const { u, n, e } = data;
      if (typeof u !== 'string' || typeof n !== 'string' || typeof e !== 'number' || e <= now())
        return undefined;
      return { userid: u, name: n, expiresAt: e };
    },
    clear: () => `${name}=; Max-Age=0; ${attributes}`,
  };
}
