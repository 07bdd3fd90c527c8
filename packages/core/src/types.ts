// Every type that more than one module of @dingkit/core shares, and nothing but types: a module
// may import from here without joining anyone's import graph.
import type {
  ApiName,
  ApiParams,
  ApiProgress,
  ApiRepeat,
  ApiResult,
  EventName,
  EventPayload,
} from './catalog/ApiMap';

/** Where the page runs: the values of dingtalk-jsapi's `env.platform`. */
export type Platform = 'pc' | 'ios' | 'android' | 'harmony' | 'notInDingTalk';

/** A platform that can host a micro-app (`'harmony'`: DingTalk on HarmonyOS NEXT). */
export type ClientPlatform = 'android' | 'ios' | 'pc' | 'harmony';

/** What `detectPlatform` found. */
export interface DetectedPlatform {
  /** Where the page runs; `'notInDingTalk'` on a server and in an ordinary browser. */
  platform: Platform;
  /** The client version (e.g. `'7.0.10'`), when the client tells it. */
  version?: string;
}

/** The language of dingkit's error messages. */
export type Locale = 'zh-CN' | 'en';

/** What `config` sends to the client: the signature for this page URL and the APIs to authorise. */
export interface JsapiConfig {
  /** 微应用ID. */
  agentId: string;
  /** 企业ID. */
  corpId: string;
  /** The timestamp that was signed (seconds). */
  timeStamp: string | number;
  /** The nonce that was signed. */
  nonceStr: string;
  /** sha1 signature of ticket, nonce, timestamp and URL (see `sign`). */
  signature: string;
  /** 0: micro-app JS-API, 1: service-window JS-API. @default 0 */
  type?: 0 | 1;
  /** The APIs to authorise, without the `dd.` prefix. */
  jsApiList: string[];
}

/**
 * What `getSignature` resolves with: the server's signature of the page URL — `config`'s fields
 * without `jsApiList`, which the provider adds.
 */
export type SignatureConfig = Omit<JsapiConfig, 'jsApiList'>;

/**
 * What `Bridge.config` takes: a signature (checked by the bridge: a malformed one rejects
 * `SIGNATURE_FAILED`) and the APIs to authorise.
 */
export interface BridgeConfig extends SignatureConfig {
  /** The APIs to authorise. @default every catalog API that needs authorisation on the bridge's platform */
  jsApiList?: readonly string[] | undefined;
  /** The URL that was signed, for the diagnosis of a rejection. @default the page URL without its hash */
  url?: string | undefined;
}

/** What `ready` reports after a successful `config`. */
export interface ReadyInfo {
  authorizedAPIList: string[];
  unauthorizedAPIList: string[];
}

/** Per-call options of `Bridge.call` and of every hook's `run`. */
export interface CallOptions<Progress = unknown, Repeat = unknown> {
  /**
   * Aborting rejects the call with `ABORTED` at once and tells the transport to give up; after
   * the call resolved, it ends `onRepeat`'s listening.
   */
  signal?: AbortSignal;
  /**
   * Milliseconds until the call rejects with `TIMEOUT`. `0` waits forever.
   * @default 10000 for APIs that answer by themselves; 0 for APIs that wait for a person (dialogs, pickers)
   */
  timeoutMs?: number;
  /** Progress reports, for APIs that have them (`biz.util.downloadFile`). */
  onProgress?: (progress: Progress) => void;
  /**
   * The call's later answers, for the APIs the client keeps answering after the first (the ones
   * dingtalk-jsapi calls with `watch: true`): each tap on the navigation bar's button that
   * `biz.navigation.setLeft` or `setRight` set with `control: true`, each item tapped in
   * `biz.navigation.setMenu`'s menu (`{ id }`), each shake of `device.accelerometer.watchShake`.
   * The first answer resolves the call as usual; the later ones come here until `signal` aborts
   * (without a signal, for the page's life) or a later call of the same API takes them over.
   * @default none: later answers are dropped
   */
  onRepeat?: ((answer: Repeat) => void) | undefined;
}

/** The keys a call can take from the handshake's signature when not given. */
export type SignatureKey = 'corpId' | 'agentId';

/**
 * Where a key taken from the signature goes: a param of its own (`'corpId'`), one level down
 * (`'space.corpId'`, filled only when params has a `space`), or a param of another name
 * (`'calleeCorpId=corpId'`: the signature's `corpId` as `calleeCorpId`).
 */
export type SignatureField = SignatureKey | `${string}.${SignatureKey}` | `${string}=${SignatureKey}`;

/** Options of one `DingTalkClient.call`: the bridge's, plus keys to take from the signature. */
export interface ClientCallOptions<Progress = unknown, Repeat = unknown>
  extends CallOptions<Progress, Repeat> {
  /**
   * Keys that params lack to take from the handshake's signature (once it is done): `corpId` for
   * the APIs that need it, `'space.corpId'` one level down, `'calleeCorpId=corpId'` under another
   * name. `INVALID_PARAMS` when there is no signature to take them from.
   * @default []
   */
  fromSignature?: readonly SignatureField[] | undefined;
}

/**
 * What a parameter rule asks for, as facts: the message tables say it in words
 * (`{ kind: 'range', min: 2, max: 5, unit: 'second' }` → "a number from 2 to 5 seconds").
 */
export type RuleFacts =
  | { readonly kind: 'text' }
  | { readonly kind: 'string' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'positive' }
  | { readonly kind: 'bytes' }
  | { readonly kind: 'callTypes' }
  | { readonly kind: 'fileList' }
  | { readonly kind: 'url' }
  | { readonly kind: 'httpUrl' }
  | { readonly kind: 'downloadUrl' }
  | { readonly kind: 'oneOf'; readonly values: readonly unknown[] }
  | { readonly kind: 'sources'; readonly values: readonly string[] }
  | {
      readonly kind: 'range';
      readonly min: number;
      readonly max: number;
      readonly integer?: boolean;
      readonly unit?: 'second';
    }
  | { readonly kind: 'texts'; readonly min: number }
  | { readonly kind: 'drawnFrom'; readonly list: string }
  | { readonly kind: 'memberOf'; readonly list: string }
  | { readonly kind: 'indexOf'; readonly list: string }
  | { readonly kind: 'object'; readonly shape: string }
  | { readonly kind: 'attachment' }
  | { readonly kind: 'source'; readonly sources: readonly string[] }
  | { readonly kind: 'date'; readonly field: string; readonly example: string };

/** The kinds of {@link RuleFacts}. */
export type RuleKind = RuleFacts['kind'];

type Params = Record<string, unknown>;

/**
 * One check of a rule: what it asks for (said in the message; a function for rules that depend
 * on other params), the test, and `1` for a field that may be left out.
 */
export type RuleCheck = readonly [
  facts: RuleFacts | ((params: Params) => RuleFacts),
  test: (value: unknown, params: Params) => boolean,
  optional?: 1,
];

/** A field path (`'alertDate.value'`) and its check. */
export type Rule = readonly [field: string, check: RuleCheck];

/** What the catalog knows of one API. */
export interface ApiSpec {
  /** Needs `jsApiList` authorisation through `config` (是否需鉴权). */
  readonly auth: boolean;
  /**
   * Supported per platform: the handbook's H5 JS-API table; HarmonyOS (which the table has no
   * column for) and the newer API names where dingtalk-jsapi registers a version.
   */
  readonly support: Readonly<Record<ClientPlatform, boolean>>;
  /** Lowest client version per platform, as dingtalk-jsapi registers it; absent where it registers none. */
  readonly minVersion: Readonly<Partial<Record<ClientPlatform, string>>>;
  /** Waits for a person (dialog, picker, upload, preview, scan…): no default timeout. */
  readonly interactive: boolean;
}

/**
 * One JS-API as dingkit calls it: its name, the catalog's facts, the documented limits of its
 * params, and what the bridges need to call it as the platform expects. One named export per API
 * in `@dingkit/core/apis` (`deviceNotificationConfirm`), so an app ships only the ones it calls.
 */
export interface ApiDescriptor<A extends ApiName = ApiName> extends ApiSpec {
  /** The API's name, without the `dd.` prefix. */
  readonly name: A;
  /**
   * The API that crosses the bridge, when it is not `name`: a newer name (`chooseImage`) calls a
   * legacy one (`biz.util.chooseImage`), whose authorisation in `jsApiList` it needs.
   */
  readonly calls?: string | undefined;
  /** The documented limits of its params, checked before a call crosses (`INVALID_PARAMS`). */
  readonly rules?: readonly Rule[] | undefined;
  /**
   * The params to send through dingtalk-jsapi's generic invoker or the legacy PC global: what the
   * package's per-API module would add (mobile defaults, explicit `buttonLabels`, the PC page URL).
   */
  readonly send?: ((params: Params, platform: Platform) => Params) | undefined;
  /** Normalises a raw progress report; `undefined` drops it. */
  readonly progress?: ((raw: unknown) => ApiProgress<A> | undefined) | undefined;
  /** What a successful call resolves with, from the client's raw answer. */
  readonly result?: ((raw: unknown) => ApiResult<A>) | undefined;
}

/** The one interface every part of dingkit talks to DingTalk through. */
export interface Bridge {
  readonly platform: Platform;
  /** The client version, when known (e.g. `'7.0.10'`). */
  readonly version: string | undefined;
  /**
   * Runs the signed handshake. Resolves with what `ready` reports; rejects `CONFIG_FAILED`, or
   * `SIGNATURE_FAILED` for a malformed signature.
   */
  config(config: BridgeConfig): Promise<ReadyInfo>;
  /**
   * Calls a JS-API, given by its descriptor (from `@dingkit/core/apis`) or by name. Validates
   * params first (`INVALID_PARAMS`), checks platform support (`UNSUPPORTED`, `NOT_IN_DINGTALK`)
   * and authorisation (`UNAUTHORIZED`) without crossing the bridge, and always settles: result,
   * error, timeout or abort.
   */
  call<A extends ApiName>(
    api: A | ApiDescriptor<A>,
    params: ApiParams<A>,
    options?: CallOptions<ApiProgress<A>, ApiRepeat<A>>,
  ): Promise<ApiResult<A>>;
  /** Subscribes to a client event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Starts loading what `config` and calls need, for a bridge that loads code (the detected
   * bridge: its adapter and dingtalk-jsapi's modules). The client calls it right after asking
   * for the signature, so that request goes out first and the scripts at once after it.
   */
  preload?(): void;
}

/** What a transport hands the bridge for one call. */
export interface InvokeContext {
  /** Fires when the caller aborts or the call times out: stop waiting and release what you hold. */
  signal: AbortSignal;
  /** Raw progress reports; the bridge normalises them. */
  onProgress?: (raw: unknown) => void;
  /**
   * The call's later answers (see `CallOptions.onRepeat`): the transport keeps the client's
   * callback after the first answer and hands each later one here until `signal` aborts.
   */
  onRepeat?: (raw: unknown) => void;
  /** The API's descriptor, for transports that send params the way the platform expects (`send`). */
  api?: ApiDescriptor;
}

/**
 * The low-level link to a DingTalk client (the official package, the legacy PC global, the mock).
 * `createBridge` wraps a transport with validation, support checks, timeouts and error mapping,
 * so transports stay thin. Tests pass a spy transport.
 */
export interface Transport {
  readonly platform: Platform;
  readonly version?: string | undefined;
  /** Resolve with the ready info, or reject with the client's raw failure (`{ errorCode, errorMessage }`). */
  config(config: JsapiConfig): Promise<ReadyInfo>;
  /** Resolve with the raw result, or reject with the client's raw failure. */
  invoke(api: string, params: Record<string, unknown>, context: InvokeContext): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** Every API a bridge may be asked for by name: the full catalog, or part of it. */
export type ApiCatalog = { readonly [A in ApiName]?: ApiDescriptor<A> };

/** Options of `createBridge` (and of the adapters built on it). */
export interface CreateBridgeOptions {
  /**
   * Timeout for APIs that answer by themselves, in milliseconds. APIs that wait for a person
   * (dialogs, pickers) have none unless a call sets `timeoutMs`.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * The APIs a call may name instead of passing their descriptor (`catalog` from
   * `@dingkit/core`: every API). A name it lacks gets only the checks of an unknown API: params
   * must be an object, the default timeout applies.
   * @default none: calls pass descriptors
   */
  catalog?: ApiCatalog | undefined;
  /** The language of the bridge's error messages. @default from `navigator.language`: `'zh-CN'` for `zh*`, else `'en'` */
  locale?: Locale | undefined;
}

/**
 * Every way a DingTalk call can fail, as one closed set of codes.
 *
 * - `NOT_IN_DINGTALK`: the page is not running inside the DingTalk client.
 * - `UNSUPPORTED`: the API does not exist on this platform or client version.
 * - `UNAUTHORIZED`: the API needs `jsApiList` authorisation and the handshake did not grant it.
 * - `CONFIG_FAILED`: the client rejected `config` (bad signature, wrong agentId, expired ticket…).
 * - `SIGNATURE_FAILED`: `getSignature` rejected, timed out or returned a malformed object.
 * - `INVALID_PARAMS`: the params break a documented limit; nothing reached the client.
 * - `CANCELLED`: the person dismissed the dialog or picker.
 * - `ABORTED`: the caller's `AbortSignal` fired (or the component unmounted).
 * - `TIMEOUT`: the client did not answer within `timeoutMs`.
 * - `API_FAILED`: the client answered with a failure; see `errorCode` and `platformMessage`.
 */
export type DingTalkErrorCode =
  | 'NOT_IN_DINGTALK'
  | 'UNSUPPORTED'
  | 'UNAUTHORIZED'
  | 'CONFIG_FAILED'
  | 'SIGNATURE_FAILED'
  | 'INVALID_PARAMS'
  | 'CANCELLED'
  | 'ABORTED'
  | 'TIMEOUT'
  | 'API_FAILED';

/** What a `DingTalkError` carries besides its code. */
export interface DingTalkErrorOptions {
  /** The JS-API the failure belongs to, e.g. `'biz.contact.choose'`. */
  api?: string | undefined;
  /** For `INVALID_PARAMS`: the path of the offending field, e.g. `'alertDate.value'`. */
  field?: string | undefined;
  /** The client's own error code (`errorCode` of its failure body), as it sent it. */
  errorCode?: string | number | undefined;
  /** The client's own error message (`errorMessage`), untranslated. */
  platformMessage?: string | undefined;
  /**
   * Facts for the message and for diagnosis, e.g. the signed URL, timestamp and nonce of a failed
   * handshake, or the broken rule (`rule`) and the value `received` of `INVALID_PARAMS`.
   */
  details?: Readonly<Record<string, unknown>> | undefined;
  /** The underlying error or failure body. */
  cause?: unknown;
  /**
   * A message of your own, kept as written. Without it the error reads `CODE api` until dingkit
   * puts the full message of the provider's locale in (`localize`).
   */
  message?: string | undefined;
}

/** The facts a message is written from: a `DingTalkError`'s fields. */
export interface ErrorFacts {
  readonly code: DingTalkErrorCode;
  readonly api?: string | undefined;
  readonly field?: string | undefined;
  readonly errorCode?: string | number | undefined;
  readonly platformMessage?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  readonly cause?: unknown;
}

/** Writes the message of an error in one locale. */
export type MessageOf = (error: ErrorFacts) => string;

/**
 * One step of a call or of the handshake, as `onCall` sees it. Secrets are replaced by
 * `'[redacted]'` before it is made: the handshake's `signature` (and a `ticket` a server may
 * return by mistake), and the auth codes that `requestAuthCode` and its kin resolve with.
 */
export interface CallEvent {
  /**
   * `'before'` as the step starts; `'after'` once it settled; `'repeat'` for each later answer of
   * a call that listens for them (`onRepeat`: a tap on a navigation-bar button the page took over).
   */
  readonly phase: 'before' | 'after' | 'repeat';
  /** `'handshake'` for `getSignature` and `config`; `'call'` for a JS-API. */
  readonly kind: 'call' | 'handshake';
  /** Tells the two events of one step apart from the others'. */
  readonly id: number;
  /** The JS-API's name (`'biz.contact.choose'`), `'getSignature'` or `'config'`. */
  readonly api: string;
  /** The params as called (redacted). For `getSignature`: `{ url }`. */
  readonly params: unknown;
  /** When the step started (`Date.now()`). */
  readonly start: number;
  /** `'after'` and `'repeat'`: milliseconds from start to the outcome or the later answer. */
  readonly duration?: number | undefined;
  /** `'after'` on success: what it resolved with; `'repeat'`: the later answer (both redacted). */
  readonly result?: unknown;
  /** `'after'` only, on failure: the `DingTalkError` (its `code` says which: `ABORTED`, `TIMEOUT`…). */
  readonly error?: (Error & ErrorFacts) | undefined;
}

/** An observer of every call and handshake step; what it throws is reported, never passed on. */
export type CallListener = (event: CallEvent) => void;
