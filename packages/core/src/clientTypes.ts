// The client's public types, apart from the client so that its deferred session can use them.
import type { DingTalkError } from './DingTalkError';
import type {
  ApiDescriptor,
  Bridge,
  CallListener,
  ClientCallOptions,
  Locale,
  Platform,
  ReadyInfo,
  SignatureConfig,
} from './types';

/**
 * - `idle`: nothing has started (also during a server render).
 * - `configuring`: signing the URL and waiting for the client's `ready`.
 * - `ready`: calls go straight to DingTalk.
 * - `error`: the handshake failed; see `error`, then `retry()`.
 * - `unavailable`: the page is not inside DingTalk; calls reject `NOT_IN_DINGTALK`.
 */
export type DingTalkStatus = 'idle' | 'configuring' | 'ready' | 'error' | 'unavailable';

/** The handshake's state, as one immutable snapshot. */
export interface DingTalkState {
  readonly status: DingTalkStatus;
  /** Where the page runs; `undefined` until the bridge is known (on the client). */
  readonly platform: Platform | undefined;
  /** Why the handshake failed (`SIGNATURE_FAILED`, `CONFIG_FAILED`, `TIMEOUT`). */
  readonly error: DingTalkError | undefined;
  readonly authorizedAPIList: readonly string[];
  readonly unauthorizedAPIList: readonly string[];
  /** corpId of the last signature, for the APIs that need it (requestAuthCode…). */
  readonly corpId: string | undefined;
  /** agentId of the last signature. */
  readonly agentId: string | undefined;
}

/** Options of a {@link DingTalkClient}; the provider's props are these too. */
export interface DingTalkClientOptions {
  /**
   * The bridge to DingTalk, or a function that creates it on first use (never on a server).
   * 与钉钉客户端通信的 bridge，或首次使用时创建它的函数（不会在服务端创建）。
   * @default the page's detected bridge (`detectBridge()`, made once per page when first needed)
   */
  bridge?: Bridge | (() => Bridge) | undefined;
  /**
   * Signs the page URL on your server. Without it the handshake is skipped and only APIs that
   * need no authorisation work.
   * 在你的服务端对页面 URL 签名，用于 config 鉴权；不传则不鉴权，只能调用无需鉴权的 JSAPI。
   */
  getSignature?: ((url: string) => Promise<SignatureConfig>) | undefined;
  /**
   * The APIs to authorise. 要鉴权的 jsApiList。
   * @default every catalog API that needs authorisation on this platform
   */
  jsApiList?: readonly string[] | undefined;
  /** Milliseconds to wait for `getSignature`. 等待签名接口的毫秒数。 @default 10000 */
  signatureTimeoutMs?: number | undefined;
  /**
   * Which URL to sign: `'current'` the page URL now; `'landing'` the URL the page was opened
   * with (some clients, reported on Android, check that one after a client-side navigation);
   * `'auto'` the current one, then once the landing one when the client rejects the signature
   * (errors 3 and 52013), remembering per platform which one worked for the page's life.
   * 签名哪个 URL：当前 URL、打开页面时的落地 URL，或先当前、签名被拒时再试一次落地 URL。
   * @default 'auto'
   */
  signatureUrl?: 'current' | 'landing' | 'auto' | undefined;
  /** Milliseconds to wait for the client's answer to `config`. 等待钉钉响应 config 的毫秒数。 @default 10000 */
  configTimeoutMs?: number | undefined;
  /**
   * The language of error messages. 错误信息的语言：`'zh-CN'` 或 `'en'`。
   * @default from `navigator.language`: `'zh-CN'` for `zh*`, else `'en'`
   */
  locale?: Locale | undefined;
  /** Called after each successful handshake. 每次鉴权成功后调用。 */
  onReady?: ((info: ReadyInfo) => void) | undefined;
  /** Called when a handshake fails. 鉴权失败时调用（CONFIG_FAILED、SIGNATURE_FAILED、TIMEOUT 等）。 */
  onError?: ((error: DingTalkError) => void) | undefined;
  /**
   * Called before and after every call and each handshake step (`getSignature`, `config`), with
   * the name, the params (signatures and auth codes redacted), the start, the duration and the
   * outcome, and for each later answer of a call that listens for them (`'repeat'`): for logs and
   * the debug panel. What it throws never reaches the call. Its code is
   * loaded on the first step, so steps wait for that one chunk.
   * @default none (nothing is loaded or measured)
   */
  onCall?: CallListener | undefined;
}

/** What a client lends its deferred session: the bridge, the options, the state. */
export interface SessionHost {
  readonly bridge: Bridge;
  readonly options: () => DingTalkClientOptions;
  readonly state: () => DingTalkState;
  readonly set: (patch: Partial<DingTalkState>) => void;
  readonly locale: () => Locale;
  /** The signature of `url` the client asked for before its session loaded; once. */
  readonly asked: (url: string) => Promise<SignatureConfig> | undefined;
}

/** A client's handshakes and calls, loaded after its first start or call. */
export interface Session {
  /** Makes sure a handshake for the current URL exists or ran (`force`: a new one). */
  ensure(force: boolean): void;
  call(
    api: ApiDescriptor,
    params: Record<string, unknown>,
    options: ClientCallOptions<never>,
  ): Promise<unknown>;
}
