import type { Bridge, CallOptions, Platform, ReadyInfo } from './Bridge';
import type { ApiName, ApiParams, ApiProgress, ApiResult, EventName, EventPayload } from './catalog/ApiMap';
import { apisNeedingAuth, catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import { validateParams } from './catalog/validate';
import { DingTalkError } from './DingTalkError';
import { signatureUrl } from './signatureUrl';
import { toDingTalkError } from './toDingTalkError';

/** What `getSignature` resolves with: the server's signature of the page URL. */
export interface SignatureConfig {
  /** 微应用ID. */
  agentId: string;
  /** 企业ID. */
  corpId: string;
  /** The timestamp that was signed. */
  timeStamp: string | number;
  /** The nonce that was signed. */
  nonceStr: string;
  /** sha1 of ticket, nonce, timestamp and URL. */
  signature: string;
  /** 0: micro-app JS-API, 1: service-window JS-API. @default 0 */
  type?: 0 | 1;
}

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

type Outcome = { ready: ReadyInfo; config: SignatureConfig } | { error: DingTalkError };

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
const configCounts = new WeakMap<Bridge, number>();

const initialState: DingTalkState = {
  status: 'idle',
  platform: undefined,
  error: undefined,
  authorizedAPIList: [],
  unauthorizedAPIList: [],
  corpId: undefined,
  agentId: undefined,
};

const currentUrl = () => signatureUrl(globalThis.location?.href ?? '');

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

  /** Whether `api` can run on this platform and client version (`false` until the bridge is known). */
  isSupported = (api: ApiName | (string & {})): boolean => {
    const { bridge } = this;
    return !!bridge && isSupported(api, bridge.platform, bridge.version);
  };

  /** Resolves once DingTalk is ready for calls; rejects with the handshake's failure. */
  ready(signal?: AbortSignal): Promise<void> {
    return this.#afterReady('ready', signal, () => Promise.resolve());
  }

  /**
   * Calls a JS-API through the bridge: validates first (`INVALID_PARAMS` at once), waits for the
   * handshake (re-signing after a navigation), then lets the bridge check support and authorisation.
   * Without `getSignature`, an API that needs authorisation rejects `UNAUTHORIZED` at once.
   */
  call<A extends ApiName>(
    api: A,
    params: ApiParams<A>,
    options: CallOptions<ApiProgress<A>> = {},
  ): Promise<ApiResult<A>> {
    try {
      validateParams(api, params);
    } catch (error) {
      return Promise.reject(error);
    }
    if (
      !this.#options.getSignature &&
      catalog[api]?.auth &&
      this.#resolveBridge().platform !== 'notInDingTalk'
    ) {
      return Promise.reject(
        new DingTalkError(
          'UNAUTHORIZED',
          `${api} needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.`,
          { api },
        ),
      );
    }
    return this.#afterReady(api, options.signal, () => this.#bridge!.call(api, params, options));
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

  #set(patch: Partial<DingTalkState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

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
    const url = currentUrl();
    let handshake = handshakes.get(bridge);
    if (force || !handshake || (handshake.outcome && handshake.url !== url)) {
      handshake = this.#handshake(bridge, url, getSignature);
      handshakes.set(bridge, handshake);
    }
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

  #settle(outcome: Outcome): void {
    if ('error' in outcome) {
      this.#set({ status: 'error', error: outcome.error });
      this.#options.onError?.(outcome.error);
    } else {
      const { ready, config } = outcome;
      this.#set({
        status: 'ready',
        error: undefined,
        authorizedAPIList: ready.authorizedAPIList,
        unauthorizedAPIList: ready.unauthorizedAPIList,
        corpId: config.corpId,
        agentId: config.agentId,
      });
      this.#options.onReady?.(ready);
    }
  }

  #handshake(bridge: Bridge, url: string, getSignature: (url: string) => Promise<SignatureConfig>) {
    const { jsApiList, signatureTimeoutMs = 10_000, configTimeoutMs = 10_000 } = this.#options;
    const href = globalThis.location?.href ?? url;
    const run = async (): Promise<Outcome> => {
      let config: SignatureConfig;
      try {
        config = checkSignature(
          await withTimeout(getSignature(url), signatureTimeoutMs, () =>
            signatureFailed(`getSignature did not answer within ${signatureTimeoutMs} ms.`, url),
          ),
          url,
        );
      } catch (raw) {
        throw raw instanceof DingTalkError && raw.code === 'SIGNATURE_FAILED'
          ? raw
          : signatureFailed(
              `getSignature failed: ${raw instanceof Error ? raw.message : String(raw)}.`,
              url,
              raw,
            );
      }
      const count = (configCounts.get(bridge) ?? 0) + 1;
      configCounts.set(bridge, count);
      const facts = { url, timeStamp: config.timeStamp, nonceStr: config.nonceStr };
      try {
        const ready = await withTimeout(
          bridge.config({
            ...config,
            jsApiList: [...(jsApiList ?? apisNeedingAuth(bridge.platform))],
          }),
          configTimeoutMs,
          () =>
            new DingTalkError(
              'TIMEOUT',
              `DingTalk did not answer config within ${configTimeoutMs} ms. The container may be half-loaded: open the page inside the DingTalk client.`,
              { api: 'config', details: facts },
            ),
        );
        return { ready, config };
      } catch (raw) {
        if (raw instanceof DingTalkError && raw.code === 'TIMEOUT') throw raw;
        throw configFailed(toDingTalkError('config', raw, 'CONFIG_FAILED'), href, config, count);
      }
    };
    const handshake: Handshake = {
      url,
      done: run().then(
        (outcome) => {
          handshake.outcome = outcome;
        },
        (error: DingTalkError) => {
          handshake.outcome = { error };
        },
      ),
    };
    return handshake;
  }

  /** Runs `then` once ready: at once when ready now, after the handshake otherwise. */
  #afterReady<T>(api: string, signal: AbortSignal | undefined, then: () => Promise<T>): Promise<T> {
    const handshake = this.#ensure();
    const outcome = handshake?.outcome;
    if (!handshake || (outcome && !('error' in outcome))) return then();
    if (outcome && 'error' in outcome) return Promise.reject(outcome.error);
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
      void handshake.done.then(() => {
        signal?.removeEventListener('abort', onAbort);
        // Checked again: the URL may have changed while waiting.
        if (!signal?.aborted) resolve(this.#afterReady(api, signal, then));
      });
    });
  }
}

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

function signatureFailed(reason: string, url: string, cause?: unknown, field?: string): DingTalkError {
  return new DingTalkError(
    'SIGNATURE_FAILED',
    `${reason} It signs the URL ${url} and must resolve with { agentId, corpId, timeStamp, nonceStr, signature }. Check the signing endpoint, then call retry().`,
    { api: 'getSignature', details: { url }, cause, ...(field ? { field } : {}) },
  );
}

function checkSignature(value: unknown, url: string): SignatureConfig {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const wrong = ['agentId', 'corpId', 'timeStamp', 'nonceStr', 'signature'].filter((key) => {
    const field = body[key];
    return typeof field === 'number'
      ? !(key === 'agentId' || key === 'timeStamp')
      : typeof field !== 'string' || field === '';
  });
  if (wrong.length === 0) {
    // Only the signature's own fields go to config: a server's extra fields (url, jsApiList…) do not.
    const { corpId, timeStamp, nonceStr, signature, type } = body as unknown as SignatureConfig;
    return {
      agentId: String(body.agentId),
      corpId,
      timeStamp,
      nonceStr,
      signature,
      ...(type === 1 ? { type } : {}),
    };
  }
  throw signatureFailed(
    `getSignature returned a malformed object: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} missing or not a non-empty string.`,
    url,
    value,
    wrong[0],
  );
}

/** Adds what is needed to diagnose a rejected signature (error 52013 and friends). */
function configFailed(base: DingTalkError, href: string, config: SignatureConfig, count: number) {
  const url = signatureUrl(href);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  const age = Math.round(Date.now() / 1000 - Number(String(config.timeStamp).slice(0, 10)));
  const hints = [
    href !== url &&
      `The page address has a hash (${href.slice(url.length)}); DingTalk checks the URL without it, so sign exactly ${url}.`,
    parsed?.port
      ? `The URL has the port :${parsed.port}; sign it with that port, exactly as above.`
      : 'A server that adds :443 or :80 to the URL signs a different string; sign it exactly as above.',
    (/%|[^\x20-\x7e]/.test(url) || !!parsed?.search) &&
      'The query must be signed exactly as the browser shows it: no decoding, re-encoding or reordering.',
    `The jsapi_ticket may be stale or from another app: tickets last 7200 s, fetching a new one invalidates the old, and it must belong to agentId ${config.agentId}.${Math.abs(age) > 600 ? ` This timeStamp is ${age} s old.` : ''}`,
    count > 1 &&
      `config was called ${count} times on this page; a client that accepts it only once ignores the later ones.`,
  ].filter((hint): hint is string => typeof hint === 'string');
  return new DingTalkError(
    'CONFIG_FAILED',
    `${base.message} Signed URL: ${url}, timeStamp: ${config.timeStamp}, nonceStr: ${config.nonceStr}. Check: ${hints.map((hint, i) => `(${i + 1}) ${hint}`).join(' ')}`,
    {
      api: 'config',
      ...(base.errorCode !== undefined ? { errorCode: base.errorCode } : {}),
      ...(base.platformMessage !== undefined ? { platformMessage: base.platformMessage } : {}),
      details: {
        url,
        timeStamp: config.timeStamp,
        nonceStr: config.nonceStr,
        agentId: config.agentId,
        hints,
      },
      cause: base.cause,
    },
  );
}
