import type {
  ApiName,
  ApiParams,
  ApiRepeat,
  ApiResult,
  Bridge,
  DingTalkError,
  DingTalkErrorCode,
  DownloadProgress,
  EventName,
  EventPayload,
  Platform,
} from '@dingkit/core';
import type { MockOrg, MockUser } from './mockOrg';

/** How the mock answers `config`. */
export type MockConfigOutcome =
  | {
      outcome: 'ready';
      /** @default the `jsApiList` minus `unauthorizedAPIList` */
      authorizedAPIList?: string[];
      /** @default the `jsApiList` minus `authorizedAPIList`, or none */
      unauthorizedAPIList?: string[];
    }
  | {
      outcome: 'error';
      /** The client's error code. @default 52013 (签名校验失败) */
      errorCode?: string | number;
      /** The client's error message. @default '签名校验失败' */
      errorMessage?: string;
    };

/**
 * A failure to answer a call with: a `DingTalkErrorCode` (e.g. `'CANCELLED'`), a `DingTalkError`,
 * or the client's raw failure body `{ errorCode, errorMessage }` (mapped by the bridge as a real
 * client's would be).
 */
export type MockFailure =
  | DingTalkErrorCode
  | DingTalkError
  | Error
  | { errorCode: string | number; errorMessage?: string };

/** What a `respond` handler gets besides the params. */
export interface MockHandlerContext<A extends ApiName = ApiName> {
  /** The call's id, as in `controller.calls`. */
  id: number;
  /** Fires when the caller aborts or the call times out. */
  signal: AbortSignal;
  /** Report raw progress (downloadFile); the bridge normalises it. */
  onProgress: (raw: unknown) => void;
  /** The organisation of this bridge. */
  org: MockOrg;
  /** What the mock would have done without this handler (a dialog, a default result). */
  next: () => Promise<ApiResult<A>>;
}

/** Answers calls of one API; throw (or reject) a {@link MockFailure} to fail them. */
export type MockHandler<A extends ApiName = ApiName> = (
  params: ApiParams<A>,
  context: MockHandlerContext<A>,
) => ApiResult<A> | Promise<ApiResult<A>>;

/** Scripted answers by API: a handler, or the result itself. */
export type MockResponses = { [A in ApiName]?: MockHandler<A> | ApiResult<A> };

/** Options of {@link createMockBridge}. */
export interface MockBridgeOptions {
  /**
   * The platform to behave as. APIs the handbook's table marks unsupported on it reject
   * `UNSUPPORTED`; `'notInDingTalk'` rejects everything with `NOT_IN_DINGTALK`.
   * @default 'pc'
   */
  platform?: Platform;
  /** The client version reported by the bridge. @default '7.6.0' (none for 'notInDingTalk') */
  version?: string;
  /** Milliseconds before each call (and `config`) is answered or its dialog shown. @default 0 */
  latencyMs?: number;
  /** How `config` ends. @default { outcome: 'ready' } */
  config?: MockConfigOutcome;
  /** The organisation the pickers choose from. @default mockOrg (8 departments, 36 people) */
  org?: MockOrg;
  /** The signed-in person: auth codes exchange to them. @default the first person of `org` */
  userId?: string;
  /** Scripted answers, as if passed to `controller.respond` (they survive `reset()`). @default {} */
  respond?: MockResponses;
  /** How long a simulated download takes, in milliseconds. @default 1500 */
  downloadMs?: number;
  /** Timeout for APIs that answer by themselves (see `createBridge`). @default 10000 */
  timeoutMs?: number;
  /**
   * Where `biz.navigation.quit`, `setTitle` and `setLeft` go when this page runs inside a
   * `MockDingTalkHost`'s modal or slide panel: `'auto'` posts them to `window.parent` (this
   * page's origin) when the page is framed; `false` never does; or name the window and origin.
   * @default 'auto'
   */
  frameHost?: 'auto' | false | { window: Window; origin: string };
}

/** One call as the app saw it, for logs and assertions. */
export interface MockCall {
  /** Increasing from 1 per bridge. */
  readonly id: number;
  /** The JS-API, or `'config'` for the handshake. */
  readonly api: string;
  readonly params: unknown;
  readonly status: 'pending' | 'resolved' | 'rejected';
  /** The result, once resolved. */
  readonly result?: unknown;
  /** The error the app got, once rejected (validation, support and timeout errors included). */
  readonly error?: DingTalkError;
  /** `Date.now()` when the call was made. */
  readonly startedAt: number;
  /** Milliseconds from the call to its settling. */
  readonly durationMs?: number;
  /**
   * The later answers of a call that listens for them (`onRepeat`), oldest first, as
   * `answerAgain` gave them: the taps on a navigation-bar button the page took over.
   */
  readonly repeats?: readonly unknown[];
}

/** A call the host shows (a dialog waiting for a person, a toast, a download) until it settles. */
export interface PendingCall<A extends ApiName = ApiName> {
  /** The call's id, as in `controller.calls`. */
  readonly id: number;
  readonly api: A;
  readonly params: ApiParams<A>;
  /** `dialog`: waits for a person; `display`: shown by the host, then answered; `transfer`: a download. */
  readonly kind: 'dialog' | 'display' | 'transfer';
  /** The latest progress of a download. */
  readonly progress: DownloadProgress | undefined;
  /** Fires when the caller aborts or the call times out: the host closes what it shows. */
  readonly signal: AbortSignal;
  /** Answers the call. */
  resolve(result: ApiResult<A>): void;
  /** Fails the call. @default 'CANCELLED' */
  reject(error?: MockFailure): void;
  /** The person dismissed it: rejects `CANCELLED`. */
  cancel(): void;
  /**
   * Answers as the mock does when no host is rendered (a display call's default result, e.g. the
   * auth code of requestAuthCode) and returns that result.
   */
  respondDefault(): unknown;
}

/** Scripts and observes a mock bridge. */
export interface MockController {
  /** Every call so far (and `config`), oldest first. A new array after each change. */
  readonly calls: readonly MockCall[];
  /** The calls a host shows right now, oldest first. A new array after each change. */
  readonly pending: readonly PendingCall[];
  /** The organisation of this bridge. */
  readonly org: MockOrg;
  /** The signed-in person. */
  readonly user: MockUser;
  /** Answers every later call of `api` (dialogs included). Returns a function that removes it. */
  respond<A extends ApiName>(api: A, handler: MockHandler<A> | ApiResult<A>): () => void;
  /** Fails every later call of `api`. Returns a function that removes it. */
  fail(api: ApiName, error: MockFailure): () => void;
  /** Fires a client event (e.g. `'leftBtnClick'`) to the app's listeners. */
  emit<E extends EventName>(
    event: E,
    ...payload: EventPayload<E> extends undefined ? [] : [EventPayload<E>]
  ): void;
  /**
   * Answers the app's listening call of `api` again, as the client does for the APIs it keeps
   * answering (the call's `onRepeat` gets `answer`): `answerAgain('biz.navigation.setLeft')` is a
   * tap on the left button the page took over (`control: true`), `'biz.navigation.setRight'` the
   * right one, `answerAgain('biz.navigation.setMenu', { id })` a tap on that menu item. Returns
   * whether a call was listening (its signal not aborted; the latest call of `api` listens).
   * @param answer @default {}
   */
  answerAgain<A extends ApiName>(api: A, answer?: ApiRepeat<A>): boolean;
  /**
   * Back to the state after creation: forgets calls and `respond`/`fail` scripts (the options'
   * `respond` stay), cancels what is pending, forgets downloads and stored items.
   */
  reset(): void;
  /** Calls `listener` after every change of `calls` or `pending`. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * The first pending call (of `api`, when given), now or as soon as one appears. For tests
   * without a host: `(await controller.waitForPending('device.notification.confirm')).resolve(…)`.
   * Aborting `options.signal` (e.g. `AbortSignal.timeout(1000)`) stops the wait: the promise
   * rejects with the signal's reason and the controller forgets the waiter.
   */
  waitForPending<A extends ApiName>(
    api?: A,
    options?: { signal?: AbortSignal | undefined },
  ): Promise<PendingCall<A>>;
  /**
   * Exchanges an auth code from `runtime.permission.requestAuthCode` for the person it was issued
   * to, once (as the server API does); `undefined` for an unknown or used code. For fake backends.
   */
  exchangeAuthCode(code: string): MockUser | undefined;
  /** Whether a `MockDingTalkHost` is rendered for this bridge. */
  readonly hostAttached: boolean;
  /** Called by `MockDingTalkHost` while it is mounted. Returns the detach function. */
  attachHost(): () => void;
}

/** What {@link createMockBridge} returns. */
export interface MockBridge {
  /** Pass it to `DingTalkProvider` (and to `MockDingTalkHost`). */
  bridge: Bridge;
  /** Scripts and observes the bridge. */
  controller: MockController;
}
