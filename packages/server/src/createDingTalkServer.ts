import type { SignatureConfig as PageSignature } from '@dingkit/core';
import { checkAuthCode, checkPageUrl, parseAllowedOrigins } from './checkInput';
import type { CircuitBreakerOptions } from './createCircuitBreaker';
import { createCredentials, type Fetched } from './createCredentials';
import { createHandler } from './createHandler';
import { createJsapiSigner, findNodeSha1 } from './createJsapiSigner';
import { createMemoryStore } from './createMemoryStore';
import { createRedactor } from './createRedactor';
import type { SessionCookie } from './createSessionCookie';
import { createUpstream, tokenErrcodes } from './createUpstream';
import { isDingTalkServerError } from './DingTalkServerError';
import type { DingTalkServerLogger } from './DingTalkServerLogger';
import type { DingTalkStore } from './DingTalkStore';
import type { DingTalkUser } from './DingTalkUser';
import { randomNonce } from './randomNonce';
import { isRecord, requireString, type UpstreamBody } from './requestDingTalk';
import {
  createErrorFactory,
  type DingTalkServerLocale,
  type ErrorFactory,
  logMessages,
  serverLocales,
  type UpstreamApi,
} from './serverMessages';
import { toUserV2 } from './toUserV2';

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
   * The language of error messages and log lines: `'zh-CN'` (中文) or `'en'`. Error codes are
   * the same in both.
   * @default 'en'
   */
  locale?: DingTalkServerLocale;
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
   * The clock (milliseconds since the epoch) for expiry, the circuit breaker and the signature's
   * `timeStamp`.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Where the access_token and jsapi_ticket are cached. Pass a shared store
   * (`createRedisStore(client)` from `@dingkit/server/redis`) when several processes or serverless
   * instances serve the app, so that they share one token and one ticket. Each process also keeps
   * its own copy while it is valid, so a warm server does not read the store on every request.
   * @default createMemoryStore({ now })
   */
  store?: DingTalkStore;
  /**
   * The longest one store call (get, set, lock) may take, in milliseconds; then the request fails
   * with `STORE_ERROR` (500) instead of waiting for a store that is down or frozen.
   * @default 500
   */
  storeTimeoutMs?: number;
  /**
   * Prefix of the store keys (`<prefix><appKey>:access_token`, `…:jsapi_ticket`, and `…:lock`).
   * @default 'dingkit:'
   */
  keyPrefix?: string;
  /**
   * The limit for each DingTalk request, in milliseconds: waiting for a free slot (see
   * `maxConcurrentRequests`), connecting, headers and body. The refresh lock lives
   * `3 × timeoutMs + 8 × storeTimeoutMs` (19 s by default): long enough for the most work done
   * under it (three DingTalk calls), and the most a crashed holder delays the other processes.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * How many DingTalk requests this server makes at once; further ones wait (within `timeoutMs`)
   * for a free slot, or fail with `BUSY` (503).
   * @default 10
   */
  maxConcurrentRequests?: number;
  /**
   * How many DingTalk requests may wait for a slot; beyond that they fail at once with `BUSY`.
   * @default 100
   */
  maxQueuedRequests?: number;
  /**
   * When a DingTalk API keeps failing (network, timeouts, HTTP errors, errcodes of gettoken and
   * get_jsapi_ticket, rejected tokens, throttling), calls to it fail fast with `CIRCUIT_OPEN`
   * (503, with `Retry-After`) for a growing interval, then one probe call decides. An unknown
   * auth code does not count: it is the caller's mistake.
   * @default { failureThreshold: 3, initialBackoffMs: 1000, maxBackoffMs: 60000 }
   */
  circuitBreaker?: CircuitBreakerOptions;
  /**
   * How long before `expires_in` runs out the token and ticket are refetched, in milliseconds
   * (at most half of `expires_in`, which is taken as 60–7200 s whatever DingTalk says).
   * @default 300000 (5 minutes)
   */
  refreshMarginMs?: number;
  /**
   * The 免登 endpoints: `'v2'` is DingTalk's current pair (`POST /topapi/v2/user/getuserinfo`, then
   * `POST /topapi/v2/user/get`); `'legacy'` the old `GET /user/getuserinfo` and `/user/get`,
   * whose fields are renamed to the v2 names in the result.
   * @default 'v2'
   */
  userApi?: 'v2' | 'legacy';
  /**
   * A session cookie (`createSessionCookie({ secret })`) that `POST …/auth` sets after a
   * successful 免登, so that your other routes know who is calling (`session.read(request)`).
   * @default undefined (no cookie; the page gets the user only)
   */
  session?: SessionCookie;
  /**
   * How long the handler waits for the body of `POST …/auth`, in milliseconds; a body that
   * stalls is answered with 408.
   * @default 10000
   */
  bodyTimeoutMs?: number;
  /**
   * The longest page URL that is signed; longer ones get `INVALID_INPUT`.
   * @default 8192
   */
  maxUrlLength?: number;
  /**
   * Receives one line per notable event (fetched a token, retried after an expired token, a
   * request failed, a circuit opened), with the full diagnosis that callers of the handler do
   * not get. Lines carry codes, counts and DingTalk's errmsg with every secret removed, never a
   * secret, token, ticket or auth code. `console` fits.
   * @default undefined (silent)
   */
  logger?: DingTalkServerLogger;
  /**
   * Makes the signature's nonce. Replace it only to reproduce a known signature in a test.
   * @default 16 random letters and digits from crypto.getRandomValues
   */
  nonce?: () => string;
}

/**
 * What the page passes to `dd.config` (with its own `jsApiList`): `@dingkit/core`'s
 * `SignatureConfig` as this server makes it, the time a number and no `type`.
 */
export type SignatureConfig = Omit<PageSignature, 'timeStamp' | 'type'> & {
  /** When the signature was made, in seconds since the epoch (as the signature algorithm documents). */
  timeStamp: number;
};

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
  /**
   * Exchanges a 免登 auth code from `runtime.permission.requestAuthCode` for the user. Calls
   * with the same code at the same time share one exchange.
   */
  getUserByAuthCode(code: string): Promise<DingTalkUser>;
  /**
   * A Fetch API handler: `GET …/signature?url=` → {@link SignatureConfig}, `POST …/auth` with
   * `{ "code": "…" }` → {@link DingTalkUser}. Errors are `{ error, message, errcode? }`
   * (`DingTalkServerErrorBody`): 400 for bad input, 403 for a foreign origin, 502 when
   * DingTalk fails, 503 while its circuit is open or the server is busy, 500 when the store fails.
   */
  handler: (request: Request) => Promise<Response>;
}

function positiveMs(
  value: number | undefined,
  fallback: number,
  field: string,
  errors: ErrorFactory,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw errors('positiveMs', { field }, { field });
  }
  return value;
}

function positiveInteger(
  value: number | undefined,
  fallback: number,
  field: string,
  errors: ErrorFactory,
): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw errors('positiveInteger', { field }, { field });
  return value;
}

function parseBaseUrl(baseUrl: string, errors: ErrorFactory): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw errors('baseUrlInvalid', {}, { field: 'baseUrl' });
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

/**
 * The server side of a DingTalk H5 micro-app: access_token and jsapi_ticket cache, URL signing
 * for `<DingTalkProvider getSignature>`, 免登 auth-code exchange, and a Fetch API handler for both.
 */
export function createDingTalkServer(options: DingTalkServerOptions): DingTalkServer {
  const locale = options.locale ?? 'en';
  if (!serverLocales.includes(locale)) {
    throw createErrorFactory('en')(
      'oneOf',
      { field: 'locale', values: "'zh-CN', 'en'" },
      { field: 'locale' },
    );
  }
  const errors = createErrorFactory(locale);
  const log = logMessages[locale];
  const credential = (field: 'appKey' | 'appSecret' | 'agentId' | 'corpId') => {
    const value: unknown = options[field];
    if (typeof value !== 'string' || value.trim() === '')
      throw errors('credentialRequired', { field }, { field });
    return value;
  };
  const appKey = credential('appKey');
  const appSecret = credential('appSecret');
  const agentId = credential('agentId');
  const corpId = credential('corpId');
  const allowedOrigins = parseAllowedOrigins(options.allowedOrigins, errors);
  const now = options.now ?? Date.now;
  const timeoutMs = positiveMs(options.timeoutMs, 5000, 'timeoutMs', errors);
  const storeTimeoutMs = positiveMs(options.storeTimeoutMs, 500, 'storeTimeoutMs', errors);
  const refreshMarginMs = positiveMs(options.refreshMarginMs, 300_000, 'refreshMarginMs', errors);
  const bodyTimeoutMs = positiveMs(options.bodyTimeoutMs, 10_000, 'bodyTimeoutMs', errors);
  const maxUrlLength = positiveInteger(options.maxUrlLength, 8192, 'maxUrlLength', errors);
  const maxConcurrentRequests = positiveInteger(
    options.maxConcurrentRequests,
    10,
    'maxConcurrentRequests',
    errors,
  );
  const maxQueuedRequests = positiveInteger(options.maxQueuedRequests, 100, 'maxQueuedRequests', errors);
  const breaker = options.circuitBreaker ?? {};
  const circuitBreaker = {
    failureThreshold: positiveInteger(breaker.failureThreshold, 3, 'circuitBreaker.failureThreshold', errors),
    initialBackoffMs: positiveMs(breaker.initialBackoffMs, 1000, 'circuitBreaker.initialBackoffMs', errors),
    maxBackoffMs: positiveMs(breaker.maxBackoffMs, 60_000, 'circuitBreaker.maxBackoffMs', errors),
  };
  const userApi = options.userApi ?? 'v2';
  if (userApi !== 'v2' && userApi !== 'legacy') {
    throw errors('oneOf', { field: 'userApi', values: "'v2', 'legacy'" }, { field: 'userApi' });
  }
  const nonce = options.nonce ?? (() => randomNonce(16));
  const logger = options.logger;
  const redactor = createRedactor(appSecret);
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function')
    throw errors('noFetch', {}, { field: 'fetch' });
  // Looked up per request, so that a fetch patched later (request mocking in tests) is used.
  const fetchImpl: typeof globalThis.fetch =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const upstream = createUpstream({
    baseUrl: parseBaseUrl(options.baseUrl ?? 'https://oapi.dingtalk.com', errors),
    fetch: fetchImpl,
    timeoutMs,
    maxConcurrentRequests,
    maxQueuedRequests,
    circuitBreaker,
    now,
    redactor,
    errors,
    locale,
    logger,
  });
  // A refused token is dropped and the call retried once, unless the refusals opened the API's
  // circuit: then a new token would only buy one more refusal.
  const isTokenRejection = (error: unknown) =>
    isDingTalkServerError(error, 'API_ERROR') &&
    tokenErrcodes.includes(error.errcode ?? 0) &&
    upstream.waitMs(error.api as UpstreamApi) === 0;

  const credentials = createCredentials({
    store: options.store ?? createMemoryStore({ now }),
    now,
    storeTimeoutMs,
    refreshMarginMs,
    lockTtlMs: 3 * timeoutMs + 8 * storeTimeoutMs,
    keyPrefix: `${options.keyPrefix ?? 'dingkit:'}${appKey}:`,
    async fetchToken(deadline): Promise<Fetched> {
      const body = await upstream.call({
        api: '/gettoken',
        query: { appkey: appKey, appsecret: appSecret },
        deadline,
      });
      return { value: requireString(body, 'access_token', '/gettoken', errors), expiresIn: body.expires_in };
    },
    async fetchTicket(token, deadline): Promise<Fetched> {
      const body = await upstream.call({
        api: '/get_jsapi_ticket',
        query: { access_token: token },
        secrets: [token],
        deadline,
      });
      return {
        value: requireString(body, 'ticket', '/get_jsapi_ticket', errors),
        expiresIn: body.expires_in,
      };
    },
    isTokenRejection,
    redactor,
    errors,
    locale,
    logger,
  });
  const { getAccessToken, getJsapiTicket } = credentials;

  /** Runs `request` with the token; when DingTalk refuses that token, drops it and retries once. */
  const withToken = async (request: (token: string) => Promise<UpstreamBody>): Promise<UpstreamBody> => {
    const token = await getAccessToken();
    try {
      return await request(token);
    } catch (error) {
      if (!isTokenRejection(error)) throw error;
      logger?.warn?.(log.tokenRejected, { api: isDingTalkServerError(error) ? error.api : undefined });
      await credentials.dropToken(token);
      return request(await getAccessToken());
    }
  };

  const signJsapi = createJsapiSigner(findNodeSha1());
  const sign = (ticket: string, url: string): SignatureConfig | Promise<SignatureConfig> => {
    const nonceStr = nonce();
    // The signature algorithm documents seconds since 1970 (时间戳…秒数).
    const timeStamp = Math.floor(now() / 1000);
    const signature = signJsapi({ jsapi_ticket: ticket, noncestr: nonceStr, timestamp: timeStamp, url });
    return typeof signature === 'string'
      ? { agentId, corpId, timeStamp, nonceStr, signature }
      : signature.then((value) => ({ agentId, corpId, timeStamp, nonceStr, signature: value }));
  };

  const signUrl = async (url: string): Promise<SignatureConfig> => {
    const signedUrl = checkPageUrl(url, allowedOrigins, maxUrlLength, errors);
    // A warm ticket is used without waiting for anything.
    return sign(credentials.peekTicket() ?? (await getJsapiTicket()), signedUrl);
  };

  /** A user API call: the token in the query, the rest as JSON (v2) or in the query too (legacy). */
  const userCall = (api: UpstreamApi, token: string, fields: Record<string, string>, secrets: string[]) =>
    upstream.call(
      userApi === 'v2'
        ? { api, query: { access_token: token }, body: fields, secrets: [...secrets, token] }
        : { api, query: { access_token: token, ...fields }, secrets: [...secrets, token] },
    );

  const exchange = async (code: string): Promise<DingTalkUser> => {
    const [infoApi, userApiPath]: [UpstreamApi, UpstreamApi] =
      userApi === 'v2'
        ? ['/topapi/v2/user/getuserinfo', '/topapi/v2/user/get']
        : ['/user/getuserinfo', '/user/get'];
    const unwrap = (body: UpstreamBody, api: UpstreamApi): UpstreamBody => {
      if (userApi === 'legacy') return body;
      if (isRecord(body.result)) return body.result;
      throw errors('missingField', { api, field: 'result' }, { api });
    };
    const info = unwrap(await withToken((token) => userCall(infoApi, token, { code }, [code])), infoApi);
    const userid = requireString(info, 'userid', infoApi, errors);
    const details = unwrap(
      await withToken((token) => userCall(userApiPath, token, { userid }, [code])),
      userApiPath,
    );
    return toUserV2({ ...info, ...details }, userid, userApi);
  };

  const exchanges = new Map<string, Promise<DingTalkUser>>();
  const getUserByAuthCode = (code: string): Promise<DingTalkUser> => {
    let authCode: string;
    try {
      authCode = checkAuthCode(code, errors);
    } catch (error) {
      return Promise.reject(error);
    }
    // The same code sent twice at once (a double click, a retry) costs one exchange.
    let pending = exchanges.get(authCode);
    if (pending === undefined) {
      pending = exchange(authCode).finally(() => exchanges.delete(authCode));
      exchanges.set(authCode, pending);
    }
    return pending;
  };

  return {
    getAccessToken,
    getJsapiTicket,
    signUrl,
    getUserByAuthCode,
    handler: createHandler({
      signUrl,
      getUserByAuthCode,
      allowedOrigins,
      logger,
      locale,
      errors,
      session: options.session,
      bodyTimeoutMs,
    }),
  };
}
