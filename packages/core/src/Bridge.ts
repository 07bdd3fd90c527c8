import type { ApiName, ApiParams, ApiProgress, ApiResult, EventName, EventPayload } from './catalog/ApiMap';

/** Where the page runs: the values of dingtalk-jsapi's `env.platform`. */
export type Platform = 'pc' | 'ios' | 'android' | 'notInDingTalk';

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

/** What `ready` reports after a successful `config`. */
export interface ReadyInfo {
  authorizedAPIList: string[];
  unauthorizedAPIList: string[];
}

/** Per-call options of `Bridge.call` and of every hook's `run`. */
export interface CallOptions<Progress = unknown> {
  /** Aborting rejects the call with `ABORTED` at once and tells the transport to give up. */
  signal?: AbortSignal;
  /**
   * Milliseconds until the call rejects with `TIMEOUT`. `0` waits forever.
   * @default 10000 for APIs that answer by themselves; 0 for APIs that wait for a person (dialogs, pickers)
   */
  timeoutMs?: number;
  /** Progress reports, for APIs that have them (`biz.util.downloadFile`). */
  onProgress?: (progress: Progress) => void;
}

/** The one interface every part of dingkit talks to DingTalk through. */
export interface Bridge {
  readonly platform: Platform;
  /** The client version, when known (e.g. `'7.0.10'`). */
  readonly version: string | undefined;
  /** Runs the signed handshake. Resolves with what `ready` reports; rejects `CONFIG_FAILED`. */
  config(config: JsapiConfig): Promise<ReadyInfo>;
  /**
   * Calls a JS-API. Validates params first (`INVALID_PARAMS`), checks platform support
   * (`UNSUPPORTED`, `NOT_IN_DINGTALK`) and authorisation (`UNAUTHORIZED`) without crossing the
   * bridge, and always settles: result, error, timeout or abort.
   */
  call<A extends ApiName>(
    api: A,
    params: ApiParams<A>,
    options?: CallOptions<ApiProgress<A>>,
  ): Promise<ApiResult<A>>;
  /** Subscribes to a client event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What a transport hands the bridge for one call. */
export interface InvokeContext {
  /** Fires when the caller aborts or the call times out: stop waiting and release what you hold. */
  signal: AbortSignal;
  /** Raw progress reports; the bridge normalises them. */
  onProgress?: (raw: unknown) => void;
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
