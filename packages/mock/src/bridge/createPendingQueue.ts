import { type ApiName, toDownloadProgress } from '@dingkit/core';
import type { MockFailure, PendingCall } from '../MockController';
import { toRawFailure } from './toRawFailure';

/** A simulation that runs while its call is shown (a download); returns its cleanup. */
export type Simulation = (run: {
  /** Reports raw progress: to the caller, and normalised to the host. */
  progress: (raw: unknown) => void;
  /** Answers the call. */
  finish: (result: unknown) => void;
}) => () => void;

/** A call to show until it settles. */
export interface HeldCall {
  id: number;
  api: string;
  params: unknown;
  kind: PendingCall['kind'];
  /** Fires when the caller aborts or the call times out: the call leaves the queue. */
  signal: AbortSignal;
  /** The answer without anybody's help (`respondDefault`); throws the client's raw failure. */
  answerDefault: () => unknown;
  simulation?: Simulation | undefined;
  /** The caller's progress listener, for a simulation's raw reports. */
  onProgress?: ((raw: unknown) => void) | undefined;
}

/** The calls a host shows right now, and the calls waiting for one to appear. */
export interface PendingQueue {
  /** Oldest first; a new array after each change. */
  readonly pending: readonly PendingCall[];
  /** Shows `call` until it is answered, failed, cancelled or aborted; settles as it did. */
  hold(call: HeldCall): Promise<unknown>;
  /**
   * The first pending call of `api` (any API when not given), now or once it appears. Aborting
   * `signal` rejects with its reason; either way the wait is forgotten.
   */
  waitFor<A extends ApiName>(api: A | undefined, signal?: AbortSignal): Promise<PendingCall<A>>;
}

/** A pending queue that calls `onChange` after each change, before telling its waiters. */
export function createPendingQueue(onChange: () => void): PendingQueue {
  let pending: readonly PendingCall[] = [];
  const waiters = new Set<() => void>();

  const set = (next: readonly PendingCall[]) => {
    pending = next;
    onChange();
    for (const waiter of [...waiters]) waiter();
  };

  function hold({ id, api, params, kind, signal, answerDefault, simulation, onProgress }: HeldCall) {
    return new Promise<unknown>((resolve, reject) => {
      let settled = false;
      let cleanup: (() => void) | undefined;
      const settle = () => {
        if (settled) return false;
        settled = true;
        cleanup?.();
        signal.removeEventListener('abort', onAbort);
        set(pending.filter((call) => call.id !== id));
        return true;
      };
      const finish = (result: unknown) => {
        if (settle()) resolve(result);
      };
      const fail = (failure: MockFailure = 'CANCELLED') => {
        if (settle()) reject(toRawFailure(api, failure));
      };
      const onAbort = () => {
        if (settle()) reject(signal.reason);
      };
      const entry: PendingCall = {
        id,
        api: api as ApiName,
        params: params as PendingCall['params'],
        kind,
        progress: undefined,
        signal,
        resolve: finish,
        reject: fail,
        cancel: () => fail('CANCELLED'),
        respondDefault: () => {
          try {
            const result = answerDefault();
            finish(result);
            return result;
          } catch (raw) {
            if (settle()) reject(raw);
            return undefined;
          }
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      set([...pending, entry]);
      cleanup = simulation?.({
        finish,
        progress: (raw) => {
          if (settled) return;
          onProgress?.(raw);
          const progress = toDownloadProgress(raw);
          set(pending.map((call) => (call.id === id ? { ...call, progress } : call)));
        },
      });
    });
  }

  function waitFor<A extends ApiName>(api: A | undefined, signal?: AbortSignal) {
    return new Promise<PendingCall<A>>((resolve, reject) => {
      const find = () =>
        pending.find((call): call is PendingCall<A> => api === undefined || call.api === api);
      const stop = () => {
        waiters.delete(check);
        signal?.removeEventListener('abort', onAbort);
      };
      const check = () => {
        const match = find();
        if (!match) return;
        stop();
        resolve(match);
      };
      const onAbort = () => {
        stop();
        reject(signal?.reason);
      };
      if (signal?.aborted) return onAbort();
      const match = find();
      if (match) return resolve(match);
      waiters.add(check);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    get pending() {
      return pending;
    },
    hold,
    waitFor,
  };
}
