import type { Bridge, CallOptions, JsapiConfig, Platform, ReadyInfo } from './Bridge';
import type { ApiName, ApiParams, ApiProgress, ApiResult, EventName, EventPayload } from './catalog/ApiMap';
import { DingTalkError } from './DingTalkError';
import type { Outcome } from './handshake';
import { loadEngine, loadedEngine } from './loadEngine';
import { noop } from './noop';
import { signatureUrl } from './signatureUrl';

/**
 * What `getSignature` resolves with: the server's signature of the page URL — `config`'s fields
 * without `jsApiList`, which the provider adds.
 */
export type SignatureConfig = Omit<JsapiConfig, 'jsApiList'>;

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

/** The keys a call can take from the handshake's signature when not given. */
export type SignatureKey = 'corpId' | 'agentId';

/**
 * Where a key taken from the signature goes: a param of its own (`'corpId'`), or one level down
 * (`'space.corpId'`, filled only when params has a `space`).
 */
export type SignatureField = SignatureKey | `${string}.${SignatureKey}`;

/** Options of one {@link DingTalkClient.call}: the bridge's, plus keys to take from the signature. */
export interface ClientCallOptions<Progress = unknown> extends CallOptions<Progress> {
  /**
   * Keys that params lack to take from the handshake's signature (once it is done): `corpId` for
   * the APIs that need it, `'space.corpId'` one level down. `INVALID_PARAMS` when there is no
   * signature to take them from.
   * @default []
   */
  fromSignature?: readonly SignatureField[] | undefined;
}

/** Options of a {@link DingTalkClient}; the provider's props are these too. */
export interface DingTalkClientOptions {
  /** The bridge to DingTalk, or a function that creates it on first use (never on a server). */
  bridge: Bridge | (() => Bridge);
  /**
   * Signs the page URL on your server. Without it the handshake is skipped and only APIs that
   * need no authorisation work.
   */
  getSignature?: ((url: string) => Promise<SignatureConfig>) | undefined;
  /** The APIs to authorise. @default every catalog API that needs authorisation on this platform */
  jsApiList?: readonly string[] | undefined;
  /** Milliseconds to wait for `getSignature`. @default 10000 */
  signatureTimeoutMs?: number | undefined;
  /** Milliseconds to wait for the client's answer to `config`. @default 10000 */
  configTimeoutMs?: number | undefined;
  /** Called after each successful handshake. */
  onReady?: ((info: ReadyInfo) => void) | undefined;
  /** Called when a handshake fails. */
  onError?: ((error: DingTalkError) => void) | undefined;
}

/** One signed handshake of one page URL. */
interface Handshake {
  readonly url: string;
  /** Settles (never rejects) once the handshake has an outcome. */
  readonly done: Promise<unknown>;
  outcome?: Outcome;
}

// Per bridge, not per client: `config` belongs to the page, so a provider that remounts (or a
// second provider) on the same URL reuses the handshake instead of configuring again.
const handshakes = new WeakMap<Bridge, Handshake>();

const initialState: DingTalkState = {
  status: 'idle',
  platform: undefined,
  error: undefined,
  authorizedAPIList: [],
  unauthorizedAPIList: [],
  corpId: undefined,
  agentId: undefined,
};

/**
 * Runs DingTalk's signed `config`/`ready` handshake once per page URL and holds its state.
 * Framework-agnostic: UI layers subscribe to it. Calls made before `ready` wait for it; a call
 * made after a client-side navigation to another URL (hash changes aside) signs the new URL first.
 */
export class DingTalkClient {
  #options: DingTalkClientOptions;
  #bridge: Bridge | undefined;
  #state = initialState;
  #listeners = new Set<() => void>();
  #current: Handshake | undefined;
  #asked = false;

  constructor(options: DingTalkClientOptions) {
    this.#options = options;
  }

  /** Replaces the options other than `bridge` (e.g. a new `getSignature` closure). */
  setOptions(options: Omit<DingTalkClientOptions, 'bridge'>): void {
    this.#options = { ...options, bridge: this.#options.bridge };
  }

  /** The current state snapshot (a new object after every change). */
  getState = (): DingTalkState => this.#state;

  /** The state before anything started; what a server render shows. */
  getInitialState = (): DingTalkState => initialState;

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The bridge in use: the one given, or the created one once it exists. */
  get bridge(): Bridge | undefined {
    const { bridge } = this.#options;
    return this.#bridge ?? (typeof bridge === 'function' ? undefined : bridge);
  }

  /** Creates the bridge and starts the handshake for the current URL, unless one exists. */
  start = (): void => {
    this.#ensure();
  };

  /** Runs the handshake again (after a failure, or to re-sign on purpose). */
  retry = (): void => {
    if (this.#state.status === 'configuring') return;
    this.#ensure(true);
  };

  /**
   * Whether `api` can run on this platform and client version (`false` until the bridge is
   * known). With a bridge whose checks load lazily it is `false` until they arrive; then the
   * state changes, so subscribers ask again.
   */
  isSupported = (api: ApiName | (string & {})): boolean => {
    const { bridge } = this;
    const engine = loadedEngine();
    if (bridge && !engine && !this.#asked) {
      this.#asked = true;
      loadEngine().then(
        () => this.#set({}),
        () => {
          // Asked again next time: the load is retried.
          this.#asked = false;
        },
      );
    }
    return !!(bridge && engine?.isSupported(api, bridge.platform, bridge.version));
  };

  /**
   * Calls a JS-API through the bridge: validates first (`INVALID_PARAMS` at once), waits for the
   * handshake (re-signing after a navigation), then lets the bridge check support and authorisation.
   * Without `getSignature`, an API that needs authorisation rejects `UNAUTHORIZED` at once. Keys
   * in `fromSignature` that params lack are taken from the signature, so such a call is validated
   * once the handshake is done.
   */
  call<A extends ApiName>(
    api: A,
    params: ApiParams<A>,
    options: ClientCallOptions<ApiProgress<A>> = {},
  ): Promise<ApiResult<A>> {
    const bridge = this.#resolveBridge();
    const engine = loadedEngine();
    // The checks are not loaded yet: they arrive long before a handshake could finish.
    if (!engine) return this.#wait(api, options.signal, loadEngine(), () => this.call(api, params, options));
    return engine.call(
      this,
      bridge,
      api,
      params as Record<string, unknown>,
      options as ClientCallOptions<never>,
      !!this.#options.getSignature,
      (then) => this.#afterReady(api, options.signal, then),
    ) as Promise<ApiResult<A>>;
  }

  /** Subscribes to a client event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.#resolveBridge().on(event, listener);
  }

  #resolveBridge(): Bridge {
    const { bridge } = this.#options;
    this.#bridge ??= typeof bridge === 'function' ? bridge() : bridge;
    return this.#bridge;
  }

  #set = (patch: Partial<DingTalkState>): void => {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  };

  /** Makes sure a handshake for the current URL exists or ran; returns it (none when not needed). */
  #ensure(force = false): Handshake | undefined {
    const bridge = this.#resolveBridge();
    const { platform } = bridge;
    const { getSignature } = this.#options;
    if (platform === 'notInDingTalk' || !getSignature) {
      const status = platform === 'notInDingTalk' ? 'unavailable' : 'ready';
      if (this.#state.status !== status) this.#set({ status, platform, error: undefined });
      return undefined;
    }
    const href = globalThis.location?.href ?? '';
    const url = signatureUrl(href);
    let handshake = handshakes.get(bridge);
    if (force || !handshake || (handshake.outcome && handshake.url !== url)) {
      // Asked for at once, while the checks may still be loading.
      const signed = new Promise<SignatureConfig>((resolve) => resolve(getSignature(url)));
      signed.catch(noop);
      const options = this.#options;
      const started: Handshake = {
        url,
        done: loadEngine()
          .then((engine) => engine.handshake(bridge, signed, url, href, options))
          .catch((error: DingTalkError) => ({ error }))
          .then((outcome) => {
            started.outcome = outcome;
          }),
      };
      handshake = started;
      handshakes.set(bridge, handshake);
    }
    if (this.#current !== handshake) {
      this.#current = handshake;
      const followed = handshake;
      // An outcome exists only once the engine has made it.
      const settle = () => loadedEngine()!.settle(followed.outcome!, this.#set, this.#options);
      if (followed.outcome) settle();
      else {
        this.#set({ status: 'configuring', platform, error: undefined });
        void followed.done.then(() => this.#current === followed && settle());
      }
    }
    return handshake;
  }

  /** Runs `then` once ready: at once when ready now, after the handshake otherwise. */
  #afterReady<T>(api: string, signal: AbortSignal | undefined, then: () => Promise<T>): Promise<T> {
    const handshake = this.#ensure();
    const outcome = handshake?.outcome;
    if (!handshake || (outcome && !outcome.error)) return then();
    if (outcome) return Promise.reject(outcome.error);
    // Checked again once settled: the URL may have changed while waiting.
    return this.#wait(api, signal, handshake.done, () => this.#afterReady(api, signal, then));
  }

  /** Runs `then` after `until` settles, unless `signal` aborts first (then rejects `ABORTED` at once). */
  #wait<T>(api: string, signal: AbortSignal | undefined, until: Promise<unknown>, then: () => Promise<T>) {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () =>
        reject(
          new DingTalkError('ABORTED', `${api} was aborted while waiting for DingTalk to be ready.`, {
            api,
            cause: signal?.reason,
          }),
        );
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      until
        .then(() => {
          signal?.removeEventListener('abort', onAbort);
          if (!signal?.aborted) resolve(then());
        })
        .catch(reject);
    });
  }
}
