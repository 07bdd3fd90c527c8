import { abortable } from './abortable';
import { pageBridge } from './adapters/detectBridge';
import type {
  ApiName,
  ApiParams,
  ApiProgress,
  ApiRepeat,
  ApiResult,
  EventName,
  EventPayload,
} from './catalog/ApiMap';
import { supports } from './catalog/supports';
import type { DingTalkClientOptions, DingTalkState, Session } from './clientTypes';
import type { DingTalkError } from './DingTalkError';
import { defaultLocale } from './defaultLocale';
import { loadDeferred } from './load';
import { noop } from './noop';
import { Subscribable } from './Subscribable';
import { landingUrl, signatureUrl } from './signatureUrl';
import type { ApiDescriptor, Bridge, ClientCallOptions, Locale, SignatureConfig } from './types';

export type { DingTalkClientOptions, DingTalkState, DingTalkStatus } from './clientTypes';

const initialState: DingTalkState = {
  status: 'idle',
  platform: undefined,
  error: undefined,
  authorizedAPIList: [],
  unauthorizedAPIList: [],
  corpId: undefined,
  agentId: undefined,
};

// The signatures asked for before the session (which runs the handshakes) had loaded, per bridge:
// the request goes out at once, and the session takes it instead of asking again.
const asked = new WeakMap<Bridge, { url: string; signature: Promise<SignatureConfig> }>();
// The deferred chunk once it has loaded: from then on a client's session is made at once.
let loaded: typeof import('./deferred') | undefined;

/**
 * Runs DingTalk's signed `config`/`ready` handshake once per page URL, holds its state, and
 * sequences every call: keys from the signature, validation, authorisation, the wait for `ready`
 * (re-signing after a client-side navigation to another URL; hash changes aside), then the
 * bridge. The sequencing lives in its session, part of a chunk it loads with its first start or
 * call (with the detected bridge, together with the adapter). Every error it rejects with carries
 * the message of its `locale`, but for a session that could not load (a short message: the tables
 * would come over the same network). Framework-agnostic: UI layers subscribe to it. Its methods
 * are bound: `const { call } = client` works.
 */
export class DingTalkClient extends Subscribable {
  #options: DingTalkClientOptions;
  #bridge: Bridge | undefined;
  #state = initialState;
  #session: Session | undefined;
  #loading: Promise<Session> | undefined;

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
    this.#ensure(false);
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
   * done; params are validated (`INVALID_PARAMS` before any wait); without `getSignature` an API
   * that needs authorisation rejects `UNAUTHORIZED`; then it waits for the handshake
   * (re-signing after a navigation) and lets the bridge check support and authorisation.
   */
  call = <A extends ApiName>(
    api: ApiDescriptor<A>,
    params: ApiParams<A>,
    options: ClientCallOptions<ApiProgress<A>, ApiRepeat<A>> = {},
  ): Promise<ApiResult<A>> => {
    const run = (session: Session) =>
      session.call(api, params as Record<string, unknown>, options as ClientCallOptions<never>);
    const session = this.#made();
    // Until the chunk is there the call waits for it, abortable like any other wait.
    return (session ? run(session) : abortable(this.#open(), options.signal, api.name).then(run)) as Promise<
      ApiResult<A>
    >;
  };

  /** Subscribes to a client event; returns the unsubscribe function. */
  on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) =>
    this.#resolveBridge().on(event, listener);

  #resolveBridge(): Bridge {
    const { bridge = pageBridge } = this.#options;
    this.#bridge ??= typeof bridge === 'function' ? bridge() : bridge;
    return this.#bridge;
  }

  #set = (patch: Partial<DingTalkState>): void => {
    this.#state = { ...this.#state, ...patch };
    this.notify();
  };

  /** The session, made at once when the deferred chunk is there. */
  #made(): Session | undefined {
    const bridge = this.#resolveBridge();
    this.#session ??= loaded?.createSession({
      bridge,
      options: () => this.#options,
      state: () => this.#state,
      set: this.#set,
      locale: () => this.locale,
      asked: (url) => {
        const early = asked.get(bridge);
        if (early?.url !== url) return undefined;
        asked.delete(bridge);
        return early.signature;
      },
    });
    return this.#session;
  }

  /** The session once the deferred chunk has loaded (tried again after a failure). */
  #open(): Promise<Session> {
    this.#loading ??= loadDeferred().then(
      (chunk) => {
        loaded = chunk;
        return this.#made()!;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Settles what needs no session at once (outside DingTalk, or no `getSignature`); otherwise
   * asks for the signature now, while the session and the bridge's scripts load, then lets the
   * session run the handshake.
   */
  #ensure(force: boolean): void {
    const bridge = this.#resolveBridge();
    const { platform } = bridge;
    const { getSignature, signatureUrl: mode } = this.#options;
    if (platform === 'notInDingTalk' || !getSignature) {
      const status = platform === 'notInDingTalk' ? 'unavailable' : 'ready';
      if (this.#state.status !== status) this.#set({ status, platform, error: undefined });
      bridge.preload?.();
      // Ready without a handshake: the first call needs the session, so it starts loading now.
      if (status === 'ready') this.#open().catch(noop);
      return;
    }
    const session = this.#made();
    if (session) {
      session.ensure(force);
      return;
    }
    if (!asked.has(bridge)) {
      const current = signatureUrl(globalThis.location?.href ?? '');
      const url = mode === 'landing' ? landingUrl || current : current;
      const signature = new Promise<SignatureConfig>((resolve) => resolve(getSignature(url)));
      signature.catch(noop);
      asked.set(bridge, { url, signature });
    }
    // After the signature request: it goes out first, the scripts at once after it.
    bridge.preload?.();
    if (this.#state.status === 'idle' || force)
      this.#set({ status: 'configuring', platform, error: undefined });
    // A session that cannot load (the network, a deploy) fails the handshake; `retry` loads again.
    this.#open().then(
      (session) => session.ensure(force),
      (error: DingTalkError) => {
        this.#set({ status: 'error', error });
        this.#options.onError?.(error);
      },
    );
  }
}
