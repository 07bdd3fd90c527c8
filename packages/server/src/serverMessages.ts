import {
  DingTalkServerError,
  type DingTalkServerErrorCode,
  type DingTalkServerErrorOptions,
} from './DingTalkServerError';

/** The languages `@dingkit/server` writes its error messages and log lines in. */
export type DingTalkServerLocale = 'zh-CN' | 'en';

export const serverLocales: readonly DingTalkServerLocale[] = ['zh-CN', 'en'];

/** Handler answers that are not a {@link DingTalkServerError} code. */
export const responseOnlyCodes = [
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'REQUEST_TIMEOUT',
  'INTERNAL_ERROR',
] as const;

/** The `error` of a handler's error response: a {@link DingTalkServerErrorCode} or one of the handler's own. */
export type DingTalkServerResponseErrorCode = DingTalkServerErrorCode | (typeof responseOnlyCodes)[number];

/** The DingTalk endpoints the server calls. */
export type UpstreamApi =
  | '/gettoken'
  | '/get_jsapi_ticket'
  | '/topapi/v2/user/getuserinfo'
  | '/topapi/v2/user/get'
  | '/user/getuserinfo'
  | '/user/get';

type Text<P = Record<string, never>> = (params: P) => string;

/** Every operator message, in English; the Chinese table must have the same ids and parameters. */
const en = {
  credentialRequired: ({ field }: { field: string }) =>
    `${field} is required: copy it from the DingTalk developer console (开发者后台 → 凭证与基础信息).`,
  allowedOriginsMissing: () =>
    'allowedOrigins must list the origins of the pages you sign, e.g. ["https://app.example.com"].',
  allowedOriginInvalid: ({ entry }: { entry: string }) =>
    `allowedOrigins entry ${entry} is not an http(s) origin. Write scheme, host and port only, e.g. "https://app.example.com" or "http://localhost:5173"; wildcards are not supported.`,
  positiveMs: ({ field }: { field: string }) => `${field} must be a positive number of milliseconds.`,
  positiveInteger: ({ field }: { field: string }) => `${field} must be a positive whole number.`,
  oneOf: ({ field, values }: { field: string; values: string }) => `${field} must be one of ${values}.`,
  baseUrlInvalid: () => 'baseUrl must be an http(s) URL such as https://oapi.dingtalk.com.',
  noFetch: () => 'No fetch available: use Node 20 or later, or pass options.fetch.',
  sessionSecretTooShort: ({ min }: { min: number }) =>
    `The session secret must be at least ${min} characters of random text (e.g. from openssl rand -base64 32); keep it out of the repository.`,
  cookieNameInvalid: ({ name }: { name: string }) =>
    `The cookie name ${name} has characters a cookie name cannot have; use letters, digits, - and _.`,
  urlMissing: () => 'Missing url: pass the page URL (location.href) to sign.',
  urlTooLong: ({ length, max }: { length: number; max: number }) =>
    `The url is ${length} characters long; at most ${max} are signed (maxUrlLength).`,
  urlUnsafe: () => 'The url contains whitespace or control characters; send location.href unchanged.',
  urlNotAbsolute: () => 'The url is not an absolute URL; send location.href unchanged.',
  urlProtocol: ({ protocol }: { protocol: string }) =>
    `Only http and https pages can be signed, not ${protocol}.`,
  urlCredentials: () => 'The url must not contain a user name or password.',
  urlNotCanonical: ({ expected }: { expected: string }) =>
    `The url is not written the way the browser writes location.href (a backslash, an explicit default port, upper-case, full-width or invisible characters in the host, …), so it is not signed. Send location.href unchanged; for this address the browser gives ${expected}`,
  codeMissing: () => 'Missing code: send the authCode from runtime.permission.requestAuthCode (useAuthCode).',
  codeMalformed: () =>
    'The code is not an auth code (expected up to 512 printable ASCII characters without spaces).',
  bodyTooLarge: ({ max }: { max: number }) => `The body is larger than ${max} bytes; send {"code": "…"}.`,
  bodyNotJson: () => 'The body is not JSON; send {"code": "<authCode>"}.',
  originNotAllowed: ({ origin }: { origin: string }) =>
    `${origin} is not in allowedOrigins, so its pages are not signed. Add it to allowedOrigins on the server if the app is served from there.`,
  apiError: ({ api, errcode, hint }: { api: string; errcode: number; hint: string }) =>
    `DingTalk ${api} failed with errcode ${errcode}. ${hint}`,
  httpError: ({ api, status }: { api: string; status: number }) =>
    `DingTalk ${api} answered HTTP ${status}. It may be down or rate-limiting; try again later.`,
  notJson: ({ api }: { api: string }) =>
    `DingTalk ${api} answered with something other than a JSON object. Check baseUrl (a proxy or captive portal may be answering).`,
  missingField: ({ api, field }: { api: string; field: string }) =>
    `DingTalk ${api} answered without "${field}". Check baseUrl and that the app has the permission for this API.`,
  badErrcode: ({ api }: { api: string }) =>
    `DingTalk ${api} answered with an errcode that is not a number. Check baseUrl (a proxy may be answering).`,
  upstreamTimeout: ({ api, ms }: { api: string; ms: number }) =>
    `DingTalk ${api} did not answer within ${ms} ms. Check the server's outbound network, or raise timeoutMs.`,
  leaseExpired: ({ ms }: { ms: number }) =>
    `Refreshing the access_token and jsapi_ticket took longer than the refresh lock lives (${ms} ms), so it was stopped. DingTalk or the store is slow: check the server's outbound network and the store.`,
  network: ({ api, reason }: { api: string; reason: string }) =>
    `Could not reach DingTalk ${api} (${reason}). Check baseUrl and the server's outbound network.`,
  circuitOpen: ({ api, failures, seconds }: { api: string; failures: number; seconds: number }) =>
    `DingTalk ${api} failed ${failures} times in a row, so it is not called for the next ${seconds} s, to spare the organisation's API quota. The log lines before this one say why it failed.`,
  busy: ({ max }: { max: number }) =>
    `${max} DingTalk requests are already waiting for a free slot; this one was refused. Raise maxConcurrentRequests or maxQueuedRequests, or put a rate limiter in front of …/auth.`,
  busyWaited: ({ ms }: { ms: number }) =>
    `No DingTalk request slot became free within ${ms} ms (maxConcurrentRequests). Raise it, or put a rate limiter in front of …/auth.`,
  storeFailed: ({ operation, reason }: { operation: string; reason: string }) =>
    `The token store failed on ${operation} (${reason}). Check the store, e.g. that Redis is up and the client is connected.`,
  storeTimeout: ({ operation, ms }: { operation: string; ms: number }) =>
    `The token store did not answer ${operation} within ${ms} ms (storeTimeoutMs). Check that Redis is up and not overloaded.`,
  lockTimeout: ({ ms }: { ms: number }) =>
    `Waited ${ms} ms for another process to fetch the access_token or jsapi_ticket. If this repeats, check that the store expires its keys (setIfAbsent with a TTL) and the other processes' logs.`,
} satisfies Record<string, Text<never>>;

type MessageId = keyof typeof en;
// A message without parameters takes `{}`.
type ParamsOf<K extends MessageId> = (typeof en)[K] extends (params: infer P) => string ? P : never;
type MessageTable = { [K in MessageId]: (typeof en)[K] };

const zhCN: MessageTable = {
  credentialRequired: ({ field }) => `缺少 ${field}：请从开发者后台 → 凭证与基础信息中复制。`,
  allowedOriginsMissing: () =>
    'allowedOrigins 须列出允许签名的页面来源（origin），例如 ["https://app.example.com"]。',
  allowedOriginInvalid: ({ entry }) =>
    `allowedOrigins 中的 ${entry} 不是 http(s) 来源：只写协议、域名和端口，例如 "https://app.example.com" 或 "http://localhost:5173"，不支持通配符。`,
  positiveMs: ({ field }) => `${field} 须为正数（单位：毫秒）。`,
  positiveInteger: ({ field }) => `${field} 须为正整数。`,
  oneOf: ({ field, values }) => `${field} 只能是 ${values} 之一。`,
  baseUrlInvalid: () => 'baseUrl 须为 http(s) 地址，例如 https://oapi.dingtalk.com。',
  noFetch: () => '当前运行环境没有 fetch：请使用 Node 20 及以上版本，或传入 options.fetch。',
  sessionSecretTooShort: ({ min }) =>
    `会话密钥 secret 至少需要 ${min} 个字符的随机串（例如用 openssl rand -base64 32 生成），且不要提交到代码仓库。`,
  cookieNameInvalid: ({ name }) => `Cookie 名称 ${name} 含有不允许的字符：请只使用字母、数字、- 和 _。`,
  urlMissing: () => '缺少 url：请传入需要 JSAPI 鉴权的页面地址（location.href）。',
  urlTooLong: ({ length, max }) => `url 长 ${length} 个字符，超过了可签名的上限 ${max}（maxUrlLength）。`,
  urlUnsafe: () => 'url 中含有空白或控制字符：请原样发送 location.href。',
  urlNotAbsolute: () => 'url 不是绝对地址：请原样发送 location.href。',
  urlProtocol: ({ protocol }) => `只能为 http 和 https 页面签名，不支持 ${protocol}。`,
  urlCredentials: () => 'url 中不能包含用户名或密码。',
  urlNotCanonical: ({ expected }) =>
    `url 的写法与浏览器的 location.href 不一致（例如含反斜杠、显式写出默认端口，或域名中有大写、全角、不可见字符），因此不予签名。请原样发送 location.href；这个地址在浏览器中应为 ${expected}`,
  codeMissing: () => '缺少 code：请发送 runtime.permission.requestAuthCode（useAuthCode）返回的免登授权码。',
  codeMalformed: () => 'code 不是有效的免登授权码（应为不超过 512 个、不含空格的可打印 ASCII 字符）。',
  bodyTooLarge: ({ max }) => `请求体超过 ${max} 字节：请只发送 {"code": "…"}。`,
  bodyNotJson: () => '请求体不是 JSON：请发送 {"code": "<authCode>"}。',
  originNotAllowed: ({ origin }) =>
    `${origin} 不在 allowedOrigins 中，因此不为该来源的页面签名（JSAPI 鉴权）。如果应用就部署在这个地址，请在服务端的 allowedOrigins 中加入它。`,
  apiError: ({ api, errcode, hint }) => `钉钉接口 ${api} 调用失败，errcode ${errcode}。${hint}`,
  httpError: ({ api, status }) =>
    `钉钉接口 ${api} 返回 HTTP ${status}，可能暂时不可用或触发了限流，请稍后重试。`,
  notJson: ({ api }) => `钉钉接口 ${api} 返回的不是 JSON 对象。请检查 baseUrl（可能是代理或网关在应答）。`,
  missingField: ({ api, field }) =>
    `钉钉接口 ${api} 的返回中缺少 "${field}"。请检查 baseUrl，并确认应用已开通该接口的权限。`,
  badErrcode: ({ api }) => `钉钉接口 ${api} 返回的 errcode 不是数字。请检查 baseUrl（可能是代理在应答）。`,
  upstreamTimeout: ({ api, ms }) =>
    `钉钉接口 ${api} 在 ${ms} 毫秒内没有应答。请检查服务器的出网连接，或调大 timeoutMs。`,
  leaseExpired: ({ ms }) =>
    `刷新 access_token 和 jsapi_ticket 的耗时超过了刷新锁的有效期（${ms} 毫秒），已中止。钉钉接口或存储响应过慢：请检查服务器的出网连接和存储。`,
  network: ({ api, reason }) => `无法连接钉钉接口 ${api}（${reason}）。请检查 baseUrl 和服务器的出网连接。`,
  circuitOpen: ({ api, failures, seconds }) =>
    `钉钉接口 ${api} 已连续失败 ${failures} 次，为保护企业的接口调用额度，接下来 ${seconds} 秒内不再调用。失败原因见此前的日志。`,
  busy: ({ max }) =>
    `已有 ${max} 个钉钉接口请求在排队，本次请求被拒绝。可调大 maxConcurrentRequests 或 maxQueuedRequests，或在 …/auth 前加限流。`,
  busyWaited: ({ ms }) =>
    `${ms} 毫秒内没有空出钉钉接口请求名额（maxConcurrentRequests）。可调大该值，或在 …/auth 前加限流。`,
  storeFailed: ({ operation, reason }) =>
    `令牌存储执行 ${operation} 时出错（${reason}）。请检查存储，例如 Redis 是否正常运行、客户端是否已连接。`,
  storeTimeout: ({ operation, ms }) =>
    `令牌存储在 ${ms} 毫秒（storeTimeoutMs）内没有响应 ${operation}。请检查 Redis 是否正常运行、是否过载。`,
  lockTimeout: ({ ms }) =>
    `已等待 ${ms} 毫秒，另一个进程仍未取回 access_token 或 jsapi_ticket。如果反复出现，请检查存储是否会让键过期（setIfAbsent 带 TTL），并查看其他进程的日志。`,
};

/** What to check when an API answers with an errcode, per API. */
const hints: Record<DingTalkServerLocale, Record<UpstreamApi, string>> = {
  en: {
    '/gettoken':
      'Check AppKey and AppSecret (开发者后台 → 凭证与基础信息) and that this server’s public IP is in the app’s 服务器出口IP list.',
    '/get_jsapi_ticket':
      'Check that the access_token belongs to this app (an 企业内部应用) and that this server’s public IP is in its 服务器出口IP list.',
    '/topapi/v2/user/getuserinfo':
      'Auth codes (免登授权码) are single-use and valid for 5 minutes: get a new one with runtime.permission.requestAuthCode and exchange it at once.',
    '/user/getuserinfo':
      'Auth codes (免登授权码) are single-use and valid for 5 minutes: get a new one with runtime.permission.requestAuthCode and exchange it at once.',
    '/topapi/v2/user/get':
      'Check that the app may read 通讯录 (contacts) details and that the user is in the app’s 可见范围.',
    '/user/get':
      'Check that the app may read 通讯录 (contacts) details and that the user is in the app’s 可见范围.',
  },
  'zh-CN': {
    '/gettoken':
      '请检查 AppKey 和 AppSecret（开发者后台 → 凭证与基础信息），并确认本服务器的公网 IP 已加入应用的服务器出口IP列表。',
    '/get_jsapi_ticket':
      '请确认 access_token 属于本应用（企业内部应用），且本服务器的公网 IP 在应用的服务器出口IP列表中。',
    '/topapi/v2/user/getuserinfo':
      '免登授权码只能使用一次，有效期 5 分钟：请用 runtime.permission.requestAuthCode 重新获取并立即换取。',
    '/user/getuserinfo':
      '免登授权码只能使用一次，有效期 5 分钟：请用 runtime.permission.requestAuthCode 重新获取并立即换取。',
    '/topapi/v2/user/get': '请确认应用已开通通讯录个人信息读权限，且该用户在应用的可见范围内。',
    '/user/get': '请确认应用已开通通讯录个人信息读权限，且该用户在应用的可见范围内。',
  },
};

/** The code each message belongs to. */
const messageCodes: Record<MessageId, DingTalkServerErrorCode> = {
  credentialRequired: 'INVALID_OPTIONS',
  allowedOriginsMissing: 'INVALID_OPTIONS',
  allowedOriginInvalid: 'INVALID_OPTIONS',
  positiveMs: 'INVALID_OPTIONS',
  positiveInteger: 'INVALID_OPTIONS',
  oneOf: 'INVALID_OPTIONS',
  baseUrlInvalid: 'INVALID_OPTIONS',
  noFetch: 'INVALID_OPTIONS',
  sessionSecretTooShort: 'INVALID_OPTIONS',
  cookieNameInvalid: 'INVALID_OPTIONS',
  urlMissing: 'INVALID_INPUT',
  urlTooLong: 'INVALID_INPUT',
  urlUnsafe: 'INVALID_INPUT',
  urlNotAbsolute: 'INVALID_INPUT',
  urlProtocol: 'INVALID_INPUT',
  urlCredentials: 'INVALID_INPUT',
  urlNotCanonical: 'INVALID_INPUT',
  codeMissing: 'INVALID_INPUT',
  codeMalformed: 'INVALID_INPUT',
  bodyTooLarge: 'INVALID_INPUT',
  bodyNotJson: 'INVALID_INPUT',
  originNotAllowed: 'ORIGIN_NOT_ALLOWED',
  apiError: 'API_ERROR',
  httpError: 'HTTP_ERROR',
  notJson: 'BAD_RESPONSE',
  missingField: 'BAD_RESPONSE',
  badErrcode: 'BAD_RESPONSE',
  upstreamTimeout: 'TIMEOUT',
  leaseExpired: 'TIMEOUT',
  network: 'NETWORK_ERROR',
  circuitOpen: 'CIRCUIT_OPEN',
  busy: 'BUSY',
  busyWaited: 'BUSY',
  storeFailed: 'STORE_ERROR',
  storeTimeout: 'STORE_ERROR',
  lockTimeout: 'LOCK_TIMEOUT',
};

/** What an anonymous caller is told, per code: no DingTalk text, no setup hints, no key names. */
export const publicMessages: Record<DingTalkServerLocale, Record<DingTalkServerResponseErrorCode, string>> = {
  en: {
    INVALID_OPTIONS: 'The DingTalk server integration is misconfigured; the server log has the details.',
    INVALID_INPUT: 'The request is malformed.',
    ORIGIN_NOT_ALLOWED: 'The page’s origin is not in allowedOrigins.',
    API_ERROR:
      'DingTalk refused the request (see errcode). For …/auth this usually means the auth code was already used or has expired: get a new one and send it at once.',
    HTTP_ERROR: 'DingTalk could not be reached or answered badly. Try again later.',
    BAD_RESPONSE: 'DingTalk could not be reached or answered badly. Try again later.',
    TIMEOUT: 'DingTalk could not be reached or answered badly. Try again later.',
    NETWORK_ERROR: 'DingTalk could not be reached or answered badly. Try again later.',
    CIRCUIT_OPEN:
      'DingTalk keeps failing, so the server pauses its calls. Try again after Retry-After seconds.',
    BUSY: 'The server is handling too many DingTalk requests. Try again after Retry-After seconds.',
    STORE_ERROR: 'The server’s token store failed; the server log has the details.',
    LOCK_TIMEOUT: 'The server is still fetching its DingTalk credentials. Try again shortly.',
    NOT_FOUND: 'Use GET …/signature?url=<page URL> or POST …/auth with {"code": "…"}.',
    METHOD_NOT_ALLOWED: 'Use GET (or HEAD) for …/signature and POST for …/auth.',
    REQUEST_TIMEOUT: 'The request body did not arrive in time.',
    INTERNAL_ERROR: 'The DingTalk server integration failed; the server log has the details.',
  },
  'zh-CN': {
    INVALID_OPTIONS: '服务端的钉钉集成配置有误，详情见服务器日志。',
    INVALID_INPUT: '请求格式不正确。',
    ORIGIN_NOT_ALLOWED: '当前页面的来源不在 allowedOrigins 中。',
    API_ERROR:
      '钉钉拒绝了该请求（见 errcode）。对于 …/auth，通常是免登授权码已被使用或已过期：请重新获取并立即发送。',
    HTTP_ERROR: '暂时无法访问钉钉，或钉钉应答异常，请稍后重试。',
    BAD_RESPONSE: '暂时无法访问钉钉，或钉钉应答异常，请稍后重试。',
    TIMEOUT: '暂时无法访问钉钉，或钉钉应答异常，请稍后重试。',
    NETWORK_ERROR: '暂时无法访问钉钉，或钉钉应答异常，请稍后重试。',
    CIRCUIT_OPEN: '钉钉接口持续出错，服务端暂停调用，请在 Retry-After 秒后重试。',
    BUSY: '服务端正在处理的钉钉请求过多，请在 Retry-After 秒后重试。',
    STORE_ERROR: '服务端的令牌存储出错，详情见服务器日志。',
    LOCK_TIMEOUT: '服务端正在获取钉钉凭证，请稍后重试。',
    NOT_FOUND: '请使用 GET …/signature?url=<页面地址>，或 POST …/auth 并发送 {"code": "…"}。',
    METHOD_NOT_ALLOWED: '…/signature 请用 GET（或 HEAD），…/auth 请用 POST。',
    REQUEST_TIMEOUT: '请求体未能及时送达。',
    INTERNAL_ERROR: '服务端的钉钉集成出错，详情见服务器日志。',
  },
};

/** The server's log lines, per locale (details go beside them as data). */
export const logMessages = {
  en: {
    fetched: (what: string) => `dingkit: fetched a ${what}`,
    tokenRejected: 'dingkit: DingTalk rejected the access_token; fetching a new one and retrying once',
    upstreamFailed: (api: string) => `dingkit: DingTalk ${api} failed`,
    circuitOpened: (api: string) => `dingkit: DingTalk ${api} keeps failing; pausing calls to it`,
    circuitClosed: (api: string) => `dingkit: DingTalk ${api} answers again`,
    requestFailed: (route: string) => `dingkit: …/${route} failed`,
    requestRefused: (route: string) => `dingkit: …/${route} refused`,
    requestRejected: (route: string) => `dingkit: …/${route} rejected`,
  },
  'zh-CN': {
    fetched: (what: string) => `dingkit: 已获取 ${what}`,
    tokenRejected: 'dingkit: 钉钉拒绝了 access_token，重新获取后重试一次',
    upstreamFailed: (api: string) => `dingkit: 钉钉接口 ${api} 调用失败`,
    circuitOpened: (api: string) => `dingkit: 钉钉接口 ${api} 持续失败，暂停调用`,
    circuitClosed: (api: string) => `dingkit: 钉钉接口 ${api} 已恢复`,
    requestFailed: (route: string) => `dingkit: …/${route} 处理失败`,
    requestRefused: (route: string) => `dingkit: …/${route} 已拒绝（来源不允许）`,
    requestRejected: (route: string) => `dingkit: …/${route} 请求无效`,
  },
} satisfies Record<DingTalkServerLocale, Record<string, unknown>>;

/** Every operator message in every locale, for the test that keeps the tables complete. */
export const operatorMessages: Record<DingTalkServerLocale, MessageTable> = { en, 'zh-CN': zhCN };
export const operatorMessageCodes: Readonly<Record<MessageId, DingTalkServerErrorCode>> = messageCodes;
export const apiHints: Readonly<Record<DingTalkServerLocale, Record<UpstreamApi, string>>> = hints;

/** Makes errors whose message is the given text in one locale. */
export type ErrorFactory = <K extends MessageId>(
  id: K,
  params: ParamsOf<K>,
  facts?: DingTalkServerErrorOptions,
) => DingTalkServerError;

export function createErrorFactory(locale: DingTalkServerLocale): ErrorFactory {
  const table = operatorMessages[locale];
  return (id, params, facts) => {
    const text = table[id] as (params: unknown) => string;
    return new DingTalkServerError(messageCodes[id], text(params), facts);
  };
}
