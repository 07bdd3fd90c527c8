import { sign } from '@dingkit/core';
import { checkAuthCode, checkPageUrl, parseAllowedOrigins } from './checkInput';
import { createCredentialCache } from './createCredentialCache';
import { createHandler } from './createHandler';
import { createMemoryStore } from './createMemoryStore';
import { createRedactor } from './createRedactor';
import { DingTalkServerError, isDingTalkServerError } from './DingTalkServerError';
import type { DingTalkServerLogger } from './DingTalkServerLogger';
import type { DingTalkStore } from './DingTalkStore';
import { randomNonce } from './randomNonce';
import { requestDingTalk, requireString, type UpstreamBody, type UpstreamContext } from './requestDingTalk';

/** Options of {@link createDingTalkServer}. */
export interface DingTalkServerOptions {
  /** The app's AppKey (开发者后台 → 应用开发 → 凭证与基础信息). Required; no default. */
  appKey: string;
  /** The app's AppSecret. Required; no default. Never leaves the server: not in responses, errors or logs. */
  appSecret: string;
  /** The app's AgentId, returned to the page for `dd.config`. Required; no default. */
  agentId: string;
  /** The organisation's CorpId, returned to the page for `dd.config`. Required; no default. */
  corpId: string;
  /**
   * The origins whose pages may be signed: scheme, host and port, matched exactly
   * (`['https://app.example.com', 'http://localhost:5173']`). Only http and https. Required; no default.
   */
  allowedOrigins: readonly string[];
  /**
   * Where the DingTalk server API lives (a proxy or a fake in tests).
   * @default 'https://oapi.dingtalk.com'
   */
  baseUrl?: string;
  /**
   * The `fetch` used for DingTalk requests.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * The clock (milliseconds since the epoch) for expiry and for the signature's `timeStamp`.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Where the access_token and jsapi_ticket are cached. Pass a shared store
   * (`createRedisStore(client)` from `@dingkit/server/redis`) when several processes or serverless
   * instances serve the app, so that they share one token and one ticket.
   * @default createMemoryStore({ now })
   */
  store?: DingTalkStore;
  /**
   * Prefix of the store keys (`<prefix><appKey>:access_token`, `…:jsapi_ticket`, and `…:lock`).
   * @default 'dingkit:'
   */
  keyPrefix?: string;
  /**
   * The limit for each DingTalk request (connect, headers and body), in milliseconds.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * How long before `expires_in` runs out the token and ticket are refetched, in milliseconds
   * (at most half of `expires_in`).
   * @default 300000 (5 minutes)
   */
  refreshMarginMs?: number;
  /**
   * The longest page URL that is signed; longer ones get `INVALID_INPUT`.
   * @default 8192
   */
  maxUrlLength?: number;
  /**
   * Receives one line per notable event (fetched a token, retried after an expired token, a
   * request failed). Lines carry codes and counts, never a secret, token, ticket or auth code.
   * `console` fits.
   * @default undefined (silent)
   */
  logger?: DingTalkServerLogger;
  /**
   * Makes the signature's nonce. Replace it only to reproduce a known signature in a test.
   * @default 16 random letters and digits from crypto.getRandomValues
   */
  nonce?: () => string;
}

/** What the page passes to `dd.config` (with its own `jsApiList`). */
export interface SignatureConfig {
  agentId: string;
  corpId: string;
  /** When the signature was made, in seconds since the epoch (as the signature algorithm documents). */
  timeStamp: number;
  nonceStr: string;
  /** sha1 over jsapi_ticket, noncestr, timestamp and url (see `sign` in `@dingkit/core`). */
  signature: string;
}

/** The person behind an auth code: `/user/getuserinfo` merged with the details of `/user/get`. */
export interface DingTalkUser {
  userid: string;
  name: string;
  [field: string]: unknown;
}

/** What {@link createDingTalkServer} returns: the cached credentials, signing, auth-code exchange and the handler. */
export interface DingTalkServer {
  /** The app's access_token: cached, one request in flight at a time, refreshed before it expires. */
  getAccessToken(): Promise<string>;
  /** The jsapi_ticket: cached like the token (DingTalk asks that it be cached globally). */
  getJsapiTicket(): Promise<string>;
  /**
   * Signs a page URL (`location.href`; the `#…` part is dropped) whose origin is in
   * `allowedOrigins`. Rejects with `INVALID_INPUT` or `ORIGIN_NOT_ALLOWED` before any request.
   */
  signUrl(url: string): Promise<SignatureConfig>;
  /** Exchanges an auth code from `runtime.permission.requestAuthCode` for the user. */
  getUserByAuthCode(code: string): Promise<DingTalkUser>;
  /**
   * A Fetch API handler: `GET …/signature?url=` → {@link SignatureConfig}, `POST …/auth` with
   * `{ "code": "…" }` → {@link DingTalkUser}. 400 for bad input, 403 for a foreign origin, 502 when
   * DingTalk fails, each with a short JSON `{ error, message }`.
   */
  handler: (request: Request) => Promise<Response>;
}

/** The errcodes that mean "this access_token is invalid or expired": drop it, fetch one, retry once. */
export const tokenErrcodes: readonly number[] = [40001, 40014, 42001];

function requireOption(options: DingTalkServerOptions, field: 'appKey' | 'appSecret' | 'agentId' | 'corpId') {
  const value: unknown = options[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DingTalkServerError(
      'INVALID_OPTIONS',
      `${field} is required: copy it from the DingTalk developer console (开发者后台 → 凭证与基础信息).`,
      { field },
    );
  }
  return value;
}

function positiveNumber(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new DingTalkServerError('INVALID_OPTIONS', `${field} must be a positive number of milliseconds.`, {
      field,
    });
  }
  return value;
}

function parseBaseUrl(baseUrl: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new DingTalkServerError(
      'INVALID_OPTIONS',
      'baseUrl must be an http(s) URL such as https://oapi.dingtalk.com.',
      {
        field: 'baseUrl',
      },
    );
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

/**
 * The server side of a DingTalk H5 micro-app: access_token and jsapi_ticket cache, URL signing
 * for `<DingTalkProvider getSignature>`, auth-code exchange, and a Fetch API handler for both.
 */
export function createDingTalkServer(options: DingTalkServerOptions): DingTalkServer {
  const appKey = requireOption(options, 'appKey');
  const appSecret = requireOption(options, 'appSecret');
  const agentId = requireOption(options, 'agentId');
  const corpId = requireOption(options, 'corpId');
  const allowedOrigins = parseAllowedOrigins(options.allowedOrigins);
  const now = options.now ?? Date.now;
  const timeoutMs = positiveNumber(options.timeoutMs, 10_000, 'timeoutMs');
  const refreshMarginMs = positiveNumber(options.refreshMarginMs, 300_000, 'refreshMarginMs');
  const maxUrlLength = positiveNumber(options.maxUrlLength, 8192, 'maxUrlLength');
  const nonce = options.nonce ?? (() => randomNonce(16));
  const logger = options.logger;
  const redactor = createRedactor(appSecret);
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function') {
    throw new DingTalkServerError(
      'INVALID_OPTIONS',
      'No fetch available: use Node 20 or later, or pass options.fetch.',
      {
        field: 'fetch',
      },
    );
  }
  // Looked up per request, so that a fetch patched later (request mocking in tests) is used.
  const fetchImpl: typeof globalThis.fetch =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const upstream: UpstreamContext = {
    baseUrl: parseBaseUrl(options.baseUrl ?? 'https://oapi.dingtalk.com'),
    fetch: fetchImpl,
    timeoutMs,
    redactor,
  };
  const cache = createCredentialCache({
    store: options.store ?? createMemoryStore({ now }),
    now,
    refreshMarginMs,
    // Long enough for a token fetch and a ticket fetch, each at most timeoutMs.
    lockTtlMs: 2 * timeoutMs + 1000,
    redactor,
  });
  const prefix = `${options.keyPrefix ?? 'dingkit:'}${appKey}:`;
  const tokenKey = `${prefix}access_token`;
  const ticketKey = `${prefix}jsapi_ticket`;

  const call = async (path: string, query: Record<string, string>): Promise<UpstreamBody> => {
    try {
      return await requestDingTalk(upstream, path, query);
    } catch (error) {
      if (isDingTalkServerError(error)) {
        logger?.warn?.(`dingkit: DingTalk ${path} failed`, {
          code: error.code,
          errcode: error.errcode,
          status: error.status,
        });
      }
      throw error;
    }
  };

  const getAccessToken = () =>
    cache.get(tokenKey, async () => {
      const body = await call('/gettoken', { appkey: appKey, appsecret: appSecret });
      const value = requireString(body, 'access_token', '/gettoken');
      const expiresIn = Number(body.expires_in);
      logger?.info?.('dingkit: fetched an access_token', { expiresIn });
      return { value, expiresIn };
    });

  /** Runs `request` with the token; on a token errcode drops that token and retries once. */
  const withToken = async <T>(request: (token: string) => Promise<T>): Promise<T> => {
    const token = await getAccessToken();
    try {
      return await request(token);
    } catch (error) {
      if (!isDingTalkServerError(error, 'API_ERROR') || !tokenErrcodes.includes(error.errcode ?? 0))
        throw error;
      logger?.warn?.(
        'dingkit: DingTalk rejected the cached access_token; fetching a new one and retrying once',
        {
          api: error.api,
          errcode: error.errcode,
        },
      );
      await cache.invalidate(tokenKey, token);
      return request(await getAccessToken());
    }
  };

  const getJsapiTicket = () =>
    cache.get(ticketKey, () =>
      withToken(async (token) => {
        const body = await call('/get_jsapi_ticket', { access_token: token });
        const value = requireString(body, 'ticket', '/get_jsapi_ticket');
        const expiresIn = Number(body.expires_in);
        logger?.info?.('dingkit: fetched a jsapi_ticket', { expiresIn });
        return { value, expiresIn };
      }),
    );

  const signUrl = async (url: string): Promise<SignatureConfig> => {
    const signedUrl = checkPageUrl(url, allowedOrigins, maxUrlLength);
    const ticket = await getJsapiTicket();
    const nonceStr = nonce();
    // The signature algorithm documents seconds since 1970 (时间戳…秒数).
    const timeStamp = Math.floor(now() / 1000);
    const signature = await sign({
      jsapi_ticket: ticket,
      noncestr: nonceStr,
      timestamp: timeStamp,
      url: signedUrl,
    });
    return { agentId, corpId, timeStamp, nonceStr, signature };
  };

  const getUserByAuthCode = async (code: string): Promise<DingTalkUser> => {
    const authCode = checkAuthCode(code);
    const info = await withToken((token) =>
      call('/user/getuserinfo', { access_token: token, code: authCode }),
    );
    const userid = requireString(info, 'userid', '/user/getuserinfo');
    const details = await withToken((token) => call('/user/get', { access_token: token, userid }));
    const { errcode: _errcode, errmsg: _errmsg, ...user } = { ...info, ...details };
    const name = typeof user.name === 'string' ? user.name : '';
    return { ...user, userid, name };
  };

  return {
    getAccessToken,
    getJsapiTicket,
    signUrl,
    getUserByAuthCode,
    handler: createHandler({ signUrl, getUserByAuthCode, allowedOrigins, logger }),
  };
}
