import { abortable } from './abortable';
import { pageBridge } from './adapters/detectBridge';
import type { ApiName, ApiParams, ApiProgress, ApiResult, EventName, EventPayload } from './catalog/ApiMap';
import { supports } from './catalog/supports';
import { validate } from './catalog/validate';
import { DingTalkError, isDingTalkError } from './DingTalkError';
import { loadTrace } from './load';
import { defaultLocale, localize } from './localize';
import { Subscribable } from './Subscribable';
import { landingUrl, signatureUrl } from './signatureUrl';
import type {
  ApiDescriptor,
  Bridge,
  CallListener,
  ClientCallOptions,
  Locale,
  Platform,
  ReadyInfo,
  SignatureConfig,
  SignatureField,
  SignatureKey,
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
   * outcome: for logs and the debug panel. What it throws never reaches the call. Its code is
   * loaded on the first step, so steps wait for that one chunk.
   * @default none (nothing is loaded or measured)
   */
  onCall?: CallListener | undefined;
}

/** How one handshake ended: the failure, or what `ready` reported and the state it leads to. */
interface Outcome {
  error?: DingTalkError;
  ready?: ReadyInfo;
  state?: Partial<DingTalkState>;
}

/** One signed handshake of one page URL. */
interface Handshake {
  readonly url: string;
  /** Settles (never rejects) once the handshake has an outcome. */
  readonly done: Promise<unknown>;
  outcome?: Outcome;
}

// Per bridge, not per client: `config` belongs to the page, so a provider that remounts (or a
// second provider, or a client prepared before React) on the same URL reuses the handshake.
const handshakes = new WeakMap<Bridge, Handshake>();

// The platforms whose client accepted the landing URL's signature, for the page's life ('auto').
const landingFirst = new Set<string>();

const initialState: DingTalkState = {
  status: 'idle',
  platform: undefined,
  error: undefined,
  authorizedAPIList: [],
  unauthorizedAPIList: [],
  corpId: undefined,
  agentId: undefined,
};

function withTimeout<T>(promise: Promise<T>, ms: number, error: () => DingTalkError): Promise<T> {
  if (ms <= 0) return promise;
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(error()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs one step through `onCall` when given (its code loads then); untraced if that load fails. */
const trace = <T>(onCall: CallListener | undefined, api: string, params: unknown, run: () => Promise<T>) =>
  onCall ? loadTrace().then(({ traceCall }) => traceCall(onCall, api, params, run), run) : run();

/** A path's key and the param it sits in, if any: `'space.corpId'` → `['corpId', 'space']`. */
const split = (path: SignatureField) => path.split('.').reverse() as [SignatureKey, string?];

/**
 * Runs DingTalk's signed `config`/`ready` handshake once per page URL, holds its state, and
 * sequences every call: keys from the signature, validation, authorisation, the wait for
 * `ready` (re-signing after a client-side navigation to another URL; hash changes aside), then
 * the bridge. Every error it rejects with carries the message of its `locale`. Framework-agnostic:
 * UI layers subscribe to it. Its methods are bound: `const { call } = client` works.
 */
export class DingTalkClient extends Subscribable {
  #options: DingTalkClientOptions;
  #bridge: Bridge | undefined;
  #state = initialState;
  #current: Handshake | undefined;

  constructor(options: DingTalkClientOptions = {}) {
    super();
    this.#options = options;
  }

  /** Replaces the options other than `bridge` (e.g. a new `getSignature` closure). */
  setOptions = (options: Omit<DingTalkClientOptions, 'bridge'>): void => {
    this.#options = { ...options, bridge: this.#options.bridge };
  };

  /** The current state snapshot (a new object after every change). */
  getState = (): DingTalkState => this.#state;

  /** The state before anything started; what a server render shows. */
  getInitialState = (): DingTalkState => initialState;

  /** The bridge in use: the one given, or the created one once it exists. */
  get bridge(): Bridge | undefined {
    const { bridge } = this.#options;
    return this.#bridge ?? (typeof bridge === 'object' ? bridge : undefined);
  }

  /** The language of the errors it rejects with. */
  get locale(): Locale {
    return this.#options.locale ?? defaultLocale();
  }

  /** Creates the bridge and starts the handshake for the current URL, unless one exists. */
  start = (): void => {
    this.#ensure();
  };

  /** Runs the handshake again (after a failure, or to re-sign on purpose). */
  retry = (): void => {
    if (this.#state.status !== 'configuring') this.#ensure(true);
  };

  /**
   * Whether the API of `api` (its descriptor) can run on this platform and client version;
   * `false` until the bridge is known.
   */
  isSupported = (api: ApiDescriptor): boolean => {
    const { bridge } = this;
    return !!bridge && supports(api, bridge.platform, bridge.version);
  };

  /**
   * Calls a JS-API, given by its descriptor (from `@dingkit/core/apis`), through the bridge.
   * Keys in `fromSignature` that params lack are taken from the signature once the handshake is
   * done; params are validated (`INVALID_PARAMS` at once, before any wait); without
   * `getSignature` an API that needs authorisation rejects `UNAUTHORIZED` at once; then it waits
   * for the handshake (re-signing after a navigation) and lets the bridge check support and
   * authorisation.
   */
  call = <A extends ApiName>(
    api: ApiDescriptor<A>,
    params: ApiParams<A>,
    options: ClientCallOptions<ApiProgress<A>> = {},
  ): Promise<ApiResult<A>> =>
    trace(this.#options.onCall, api.name, params, () =>
      this.#call(api, params as Record<string, unknown>, options).catch((error: unknown) =>
        localize(error, this.locale).then((localized) => Promise.reject(localized)),
      ),
    ) as Promise<ApiResult<A>>;

  /** Subscribes to a client event; returns the unsubscribe function. */
  on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) =>
    this.#resolveBridge().on(event, listener);

  #call(
    api: ApiDescriptor,
    params: Record<string, unknown>,
    { fromSignature = [], ...options }: ClientCallOptions<never>,
  ): Promise<unknown> {
    const bridge = this.#resolveBridge();
    const { name } = api;
    try {
      // Before filling: a signature to fill from is what such a call lacks.
      if (!this.#options.getSignature && bridge.platform !== 'notInDingTalk' && api.auth) {
        throw new DingTalkError('UNAUTHORIZED', { api: name, details: { reason: 'unsigned' } });
      }
      const keys = fromSignature.filter((path) => {
        const [key, outer] = split(path);
        const holder = outer ? params[outer] : params;
        return !!holder && (holder as Record<string, unknown>)[key] === undefined;
      });
      if (keys.length) {
        return this.#afterReady(name, options.signal, () =>
          this.#call(api, this.#fill(name, params, keys, bridge.platform), options),
        );
      }
      validate(api, params);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#afterReady(name, options.signal, () => bridge.call(api, params as never, options));
  }

  /**
   * `params` with the keys at `paths` taken from the handshake's signature; `INVALID_PARAMS` when
   * it has none (`NOT_IN_DINGTALK` outside DingTalk, where there never is one).
   */
  #fill(api: string, params: Record<string, unknown>, paths: readonly SignatureField[], platform: Platform) {
    const filled = { ...params };
    for (const path of paths) {
      const [key, outer] = split(path);
      const value = this.#state[key];
      if (value === undefined) {
        throw platform === 'notInDingTalk'
          ? new DingTalkError('NOT_IN_DINGTALK', { api })
          : new DingTalkError('INVALID_PARAMS', { api, field: path, details: { reason: 'signature', key } });
      }
      if (outer) filled[outer] = { ...(filled[outer] as object), [key]: value };
      else filled[key] = value;
    }
    return filled;
  }

  #resolveBridge(): Bridge {
    const { bridge = pageBridge } = this.#options;
    this.#bridge ??= typeof bridge === 'function' ? bridge() : bridge;
    return this.#bridge;
  }

  #set(patch: Partial<DingTalkState>): void {
    this.#state = { ...this.#state, ...patch };
    this.notify();
  }

  /** Makes sure a handshake for the current URL exists or ran; returns it (none when not needed). */
  #ensure(force = false): Handshake | undefined {
    const bridge = this.#resolveBridge();
    const { platform } = bridge;
    const { getSignature } = this.#options;
    if (platform === 'notInDingTalk' || !getSignature) {
      const status = platform === 'notInDingTalk' ? 'unavailable' : 'ready';
      if (this.#state.status !== status) this.#set({ status, platform, error: undefined });
      bridge.preload?.();
      return undefined;
    }
    const url = signatureUrl(globalThis.location?.href ?? '');
    let handshake = handshakes.get(bridge);
    if (force || !handshake || (handshake.outcome && handshake.url !== url)) {
      const started: Handshake = {
        url,
        // The signature is asked for now, while the adapter and dingtalk-jsapi load.
        done: this.#handshake(bridge, url, getSignature).then((outcome) => {
          started.outcome = outcome;
        }),
      };
      handshake = started;
      handshakes.set(bridge, handshake);
    }
    // After the signature request: it goes out first, the scripts at once after it.
    bridge.preload?.();
    if (this.#current !== handshake) {
      this.#current = handshake;
      const followed = handshake;
      if (followed.outcome) this.#settle(followed.outcome);
      else {
        this.#set({ status: 'configuring', platform, error: undefined });
        void followed.done.then(() => this.#current === followed && this.#settle(followed.outcome!));
      }
    }
    return handshake;
  }

  /**
   * One signed handshake: asks `getSignature` (synchronously, so the request starts at once),
   * then sends `config` through the bridge, which checks the signature. Never rejects: a failure,
   * with its message in, is the outcome's `error`.
   */
  async #handshake(
    bridge: Bridge,
    current: string,
    getSignature: (url: string) => Promise<SignatureConfig>,
  ): Promise<Outcome> {
    // One attempt: sign `url`, then send `config`. Never rejects: a failure is the outcome's error.
    const attempt = async (url: string): Promise<Outcome> => {
      const { jsApiList, signatureTimeoutMs = 10_000, configTimeoutMs = 10_000, onCall } = this.#options;
      const signatureFailed = (details: Record<string, unknown>, cause?: unknown) =>
        new DingTalkError('SIGNATURE_FAILED', { api: 'getSignature', details: { url, ...details }, cause });
      try {
        const sign = () =>
          withTimeout(
            new Promise<SignatureConfig>((resolve) => resolve(getSignature(url))),
            signatureTimeoutMs,
            () => signatureFailed({ reason: 'timeout', timeoutMs: signatureTimeoutMs }),
          ).catch((raw: unknown) => {
            throw isDingTalkError(raw, 'SIGNATURE_FAILED') ? raw : signatureFailed({}, raw);
          });
        const signed = await trace(onCall, 'getSignature', { url }, sign);
        const { timeStamp, nonceStr } = signed ?? {};
        const config = () =>
          withTimeout(
            bridge.config({ ...signed, jsApiList, url }),
            configTimeoutMs,
            () =>
              new DingTalkError('TIMEOUT', {
                api: 'config',
                details: { url, timeStamp, nonceStr, timeoutMs: configTimeoutMs },
              }),
          );
        const ready = await trace(onCall, 'config', { ...signed, jsApiList, url }, config);
        return {
          ready,
          state: {
            status: 'ready',
            error: undefined,
            authorizedAPIList: ready.authorizedAPIList,
            unauthorizedAPIList: ready.unauthorizedAPIList,
            corpId: signed.corpId,
            agentId: String(signed.agentId),
          },
        };
      } catch (raw) {
        const error = isDingTalkError(raw)
          ? raw
          : new DingTalkError('CONFIG_FAILED', { api: 'config', cause: raw });
        return { error: await localize(error, this.locale) };
      }
    };
    const { platform } = bridge;
    const mode = this.#options.signatureUrl;
    const landing = landingUrl || current;
    const urls =
      mode === 'landing'
        ? [landing]
        : mode === 'current' || landing === current
          ? [current]
          : landingFirst.has(platform)
            ? [landing, current]
            : [current, landing];
    let first: Outcome | undefined;
    for (const url of urls) {
      const outcome = await attempt(url);
      if (!outcome.error) {
        landingFirst[url === current ? 'delete' : 'add'](platform);
        return outcome;
      }
      first ??= outcome;
      // Only the client's codes for a rejected signature (3, 52013) try the next URL.
      if (!/^(3|52013)$/.test(String(outcome.error.errorCode))) break;
    }
    // Every URL was rejected: the first attempt, as the page signed it, says the most.
    return first!;
  }

  /** Puts a handshake's outcome into the state, then tells `onReady` or `onError`. */
  #settle({ error, ready, state }: Outcome): void {
    this.#set(error ? { status: 'error', error } : state!);
    if (error) this.#options.onError?.(error);
    else this.#options.onReady?.(ready!);
  }

  /** Runs `then` once ready: at once when ready now, after the handshake otherwise. */
  #afterReady<T>(api: string, signal: AbortSignal | undefined, then: () => Promise<T>): Promise<T> {
    const handshake = this.#ensure();
    const outcome = handshake?.outcome;
    if (!handshake || (outcome && !outcome.error)) return then();
    if (outcome) return Promise.reject(outcome.error);
    // Checked again once settled: the URL may have changed while waiting.
    return abortable(handshake.done, signal, api).then(() => this.#afterReady(api, signal, then));
  }
}
