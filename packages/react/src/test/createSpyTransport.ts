import type { JsapiConfig, Platform, ReadyInfo, Transport } from '@dingkit/core';

/** One call that reached the spy transport; settle it with `resolve`/`reject`. */
export interface SpyCall {
  api: string;
  params: Record<string, unknown>;
  signal: AbortSignal;
  progress: (raw: unknown) => void;
  /** Answers the call again (a tap on the button it took over); only when the call listens (`onRepeat`). */
  answerAgain: (answer?: unknown) => void;
  resolve: (result?: unknown) => void;
  reject: (failure: unknown) => void;
}

/** One `config` that reached the spy transport. */
export interface SpyConfig {
  config: JsapiConfig;
  resolve: (ready?: Partial<ReadyInfo>) => void;
  reject: (failure: unknown) => void;
}

type Answer = (params: Record<string, unknown>, call: SpyCall) => unknown;

/** A Transport for tests: records every config, call and listener, and answers as told. */
export interface SpyTransport extends Transport {
  platform: Platform;
  readonly calls: SpyCall[];
  readonly configs: SpyConfig[];
  /** Answers every later call of `api` with the value (or what the function returns or throws). */
  answer(api: string, answer: Answer | unknown): void;
  /** Fires a client event. */
  emit(event: string, payload?: unknown): void;
  /** How many listeners `event` has. */
  listenerCount(event: string): number;
}

export interface SpyTransportOptions {
  platform?: Platform;
  version?: string;
  /**
   * How `config` answers: `'auto'` resolves at once with every requested API authorised
   * (minus `unauthorized`); `'manual'` waits for the test.
   * @default 'auto'
   */
  config?: 'auto' | 'manual';
  /** APIs the auto-config reports as not authorised. */
  unauthorized?: string[];
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function createSpyTransport(options: SpyTransportOptions = {}): SpyTransport {
  const answers = new Map<string, Answer>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: SpyTransport = {
    platform: options.platform ?? 'pc',
    version: options.version,
    calls: [],
    configs: [],
    config(config) {
      const { promise, resolve, reject } = deferred<ReadyInfo>();
      const unauthorized = options.unauthorized ?? [];
      const entry: SpyConfig = {
        config,
        resolve: (ready = {}) =>
          resolve({
            authorizedAPIList: config.jsApiList.filter((api) => !unauthorized.includes(api)),
            unauthorizedAPIList: unauthorized,
            ...ready,
          }),
        reject,
      };
      transport.configs.push(entry);
      if ((options.config ?? 'auto') === 'auto') entry.resolve();
      return promise;
    },
    invoke(api, params, context) {
      const { promise, resolve, reject } = deferred<unknown>();
      const call: SpyCall = {
        api,
        params,
        signal: context.signal,
        progress: (raw) => context.onProgress?.(raw),
        answerAgain: (answer = {}) => context.onRepeat?.(answer),
        resolve,
        reject,
      };
      transport.calls.push(call);
      const answer = answers.get(api);
      if (answer) {
        try {
          Promise.resolve(answer(params, call)).then(resolve, reject);
        } catch (failure) {
          reject(failure);
        }
      }
      return promise;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    answer(api, answer) {
      answers.set(api, typeof answer === 'function' ? (answer as Answer) : () => answer);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    listenerCount(event) {
      return listeners.get(event)?.size ?? 0;
    },
  };
  return transport;
}
