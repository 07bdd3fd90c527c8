import type { ApiName, ApiParams, ApiProgress, ApiResult } from './catalog/ApiMap';
import type { DingTalkClient } from './DingTalkClient';
import type { DingTalkError } from './DingTalkError';
import { Subscribable } from './Subscribable';
import type { ApiDescriptor, CallOptions, SignatureField } from './types';

/** `idle` before the first call and after `reset()`; then the latest call's state. */
export type CallStatus = 'idle' | 'pending' | 'success' | 'error';

/** What `run` takes when `D` was given as defaults: the rest of `P`, with the defaulted keys optional. */
export type RunParams<P, D> = [keyof D] extends [never]
  ? P
  : P extends unknown
    ? Flat<Omit<P, keyof D> & Partial<Pick<P, Extract<keyof D, keyof P>>>>
    : never;

type Flat<T> = { [K in keyof T]: T[K] };

/** What one `run` takes besides the params: its own abort signal and timeout. */
export type RunOptions = Pick<CallOptions, 'signal' | 'timeoutMs'>;

/** `run`: its params are optional when nothing required is left after the defaults. */
export type Run<P, D, R> =
  Record<never, never> extends RunParams<P, D>
    ? (params?: RunParams<P, D>, options?: RunOptions) => Promise<R>
    : (params: RunParams<P, D>, options?: RunOptions) => Promise<R>;

/** The latest call's state; narrow it by `status` (`data` is there when `status === 'success'`). */
export type CallState<Result, Progress = never> = {
  /** The latest progress report of the latest call, for APIs that report progress. */
  readonly progress: Progress | undefined;
} & (
  | {
      readonly status: 'idle';
      readonly data: undefined;
      readonly error: undefined;
      readonly isPending: false;
    }
  | {
      readonly status: 'pending';
      readonly data: undefined;
      readonly error: undefined;
      readonly isPending: true;
    }
  | {
      readonly status: 'success';
      readonly data: Result;
      readonly error: undefined;
      readonly isPending: false;
    }
  | {
      readonly status: 'error';
      readonly data: undefined;
      readonly error: DingTalkError;
      readonly isPending: false;
    }
);

/** What `run`, `reset` and `cancel` do; `run` takes `P`, the API's params unless a hook loosens them. */
export interface CallActions<A extends ApiName, D, P = ApiParams<A>> {
  /**
   * Calls the API with `defaults` merged under `params`. Resolves with the result, rejects with a
   * `DingTalkError`; the rejection is also in `error`, so a caller that ignores the promise does
   * not leak an unhandled rejection. Keeps its identity for the observer's life.
   *
   * `options.signal` aborts this call: it rejects `ABORTED` and, if it was the latest, the state
   * goes back to `idle` (as after `cancel()`). `options.timeoutMs` rejects it `TIMEOUT` after that
   * many milliseconds (`0`: never), instead of the bridge's default.
   */
  readonly run: Run<P, D, ApiResult<A>>;
  /** Back to `idle`; a pending call still settles but no longer changes the state. */
  readonly reset: () => void;
  /** Aborts the pending calls (their promises reject `ABORTED`) and, if one was the latest, back to `idle`. */
  readonly cancel: () => void;
}

/** The state and actions of one hook's calls of one API. */
export type CallResult<A extends ApiName, D = Record<never, never>, P = ApiParams<A>> = CallState<
  ApiResult<A>,
  ApiProgress<A>
> &
  CallActions<A, D, P>;

/** Options of a {@link CallObserver}. */
export interface CallObserverOptions<D> {
  /** Params merged under each call's params. @default {} */
  defaults?: D | undefined;
  /** Keys taken from the handshake's signature config when neither defaults nor params give them. @default [] */
  fromSignature?: readonly SignatureField[] | undefined;
}

/**
 * The state machine behind one action hook: runs calls of one API through a `DingTalkClient` and
 * publishes the latest call's state. Framework-agnostic; UI layers subscribe to it. The API is
 * its descriptor, or a function that resolves with it (called by each call, e.g. a lookup by name).
 */
export class CallObserver<A extends ApiName, D = Record<never, never>> extends Subscribable {
  #client: DingTalkClient;
  #api: ApiDescriptor<A> | (() => Promise<ApiDescriptor<A>>);
  #options: CallObserverOptions<D | Partial<ApiParams<A>>>;
  #pending = new Set<AbortController>();
  #latest = 0;
  #result: CallResult<A, D>;

  constructor(
    client: DingTalkClient,
    api: ApiDescriptor<A> | (() => Promise<ApiDescriptor<A>>),
    options: CallObserverOptions<D> = {},
  ) {
    super();
    this.#client = client;
    this.#api = api;
    this.#options = options;
    this.#result = this.#idle();
  }

  /** Replaces the defaults used by later calls. */
  setDefaults(defaults: Partial<ApiParams<A>> | undefined): void {
    this.#options = { ...this.#options, defaults };
  }

  /** The current state and actions (a new object after every change). */
  getResult = (): CallResult<A, D> => this.#result;

  /**
   * Marks the owner as mounted. The returned function aborts every pending call and drops their
   * outcomes: nothing is published after it.
   */
  mount = (): (() => void) => () => this.#abort();

  run = ((params?: Partial<ApiParams<A>>, { signal: caller, timeoutMs }: RunOptions = {}) => {
    const id = ++this.#latest;
    const controller = new AbortController();
    const { signal } = controller;
    // The caller's signal aborts this call only; the observer's own controller also stops it on
    // cancel() and unmount.
    const onAbort = () => controller.abort(caller?.reason);
    if (caller?.aborted) onAbort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    this.#pending.add(controller);
    this.#publish({ status: 'pending', progress: undefined });
    const { defaults, fromSignature } = this.#options;
    const client = this.#client;
    const api = this.#api;
    const call = (descriptor: ApiDescriptor<A>) =>
      client.call(descriptor, { ...defaults, ...params } as ApiParams<A>, {
        signal,
        fromSignature,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        onProgress: (progress: ApiProgress<A>) => {
          if (id === this.#latest && this.#result.isPending) this.#publish({ progress });
        },
      });
    const promise = typeof api === 'function' ? api().then(call) : call(api);
    void promise
      .then(
        (data) => {
          if (id === this.#latest) this.#publish({ status: 'success', data });
        },
        (error: unknown) => {
          if (id !== this.#latest) return;
          // Aborted by the caller: given up on, not failed.
          if (signal.aborted) this.#toIdle();
          else this.#publish({ status: 'error', error: error as DingTalkError });
        },
      )
      .finally(() => {
        caller?.removeEventListener('abort', onAbort);
        this.#pending.delete(controller);
      });
    return promise;
  }) as CallResult<A, D>['run'];

  reset = (): void => {
    this.#latest++;
    this.#toIdle();
  };

  cancel = (): void => {
    if (this.#abort()) this.notify();
  };

  /** Aborts every pending call and drops their outcomes; `true` when the state went back to idle. */
  #abort(): boolean {
    for (const controller of this.#pending) controller.abort();
    this.#pending.clear();
    this.#latest++;
    if (!this.#result.isPending) return false;
    this.#result = this.#idle();
    return true;
  }

  #toIdle(): void {
    this.#result = this.#idle();
    this.notify();
  }

  #idle(): CallResult<A, D> {
    const { run, reset, cancel } = this;
    return {
      status: 'idle',
      data: undefined,
      error: undefined,
      isPending: false,
      progress: undefined,
      run,
      reset,
      cancel,
    };
  }

  #publish(patch: { status?: CallStatus; data?: unknown; error?: DingTalkError; progress?: unknown }): void {
    const { status = this.#result.status } = patch;
    this.#result = {
      ...this.#result,
      data: undefined,
      error: undefined,
      ...patch,
      isPending: status === 'pending',
    } as CallResult<A, D>;
    this.notify();
  }
}
