import {
  type ApiName,
  type Bridge,
  catalog,
  createBridge,
  DingTalkError,
  type JsapiConfig,
  type ReadyInfo,
  type Transport,
  toDingTalkError,
  toDownloadProgress,
} from '@dingkit/core';
import { apiKind } from './apiKind';
import { defaultResult, localPath } from './defaultResult';
import { type FrameNavigationMessage, frameNavigationApis, isFrameEventMessage } from './frameMessages';
import type {
  MockBridge,
  MockBridgeOptions,
  MockCall,
  MockController,
  MockFailure,
  MockHandlerContext,
  PendingCall,
} from './MockController';
import { mockOrg } from './mockOrg';
import { findUser } from './orgQueries';

const controllers = new WeakMap<Bridge, MockController>();

/** The controller of a bridge made by {@link createMockBridge}; `undefined` for any other bridge. */
export function getMockController(bridge: Bridge): MockController | undefined {
  return controllers.get(bridge);
}

type AnyHandler = (params: unknown, context: MockHandlerContext) => unknown;

interface Waiter {
  api: string | undefined;
  resolve: (call: PendingCall) => void;
}

const cancelled = { errorCode: '-1', errorMessage: '用户取消' };
const now = () => globalThis.performance?.now() ?? Date.now();

/**
 * A `Bridge` that behaves like the DingTalk client without it, plus a controller to script and
 * observe it. Built on core's `createBridge`, so validation, `UNSUPPORTED` per platform,
 * `NOT_IN_DINGTALK`, `UNAUTHORIZED`, timeouts, aborts and error mapping are the real ones.
 *
 * Calls that wait for a person (alert, confirm, pickers, uploadImage, openModal…) stay pending
 * until a rendered `MockDingTalkHost` shows them and the person answers, or until the controller
 * answers them (`respond`, `fail`, or `controller.pending[i].resolve`). Other calls resolve by
 * themselves with realistic defaults.
 *
 * @example
 * const { bridge, controller } = createMockBridge({ platform: 'pc', latencyMs: 200 });
 * controller.respond('biz.contact.choose', [{ name: '王芳', avatar: '', emplId: '0102' }]);
 */
export function createMockBridge(options: MockBridgeOptions = {}): MockBridge {
  const platform = options.platform ?? 'pc';
  const version = options.version ?? (platform === 'notInDingTalk' ? undefined : '7.6.0');
  const latencyMs = options.latencyMs ?? 0;
  const downloadMs = options.downloadMs ?? 1500;
  const org = options.org ?? mockOrg;
  const user = findUser(org, options.userId ?? org.users[0]?.emplId ?? '0101');

  let seq = 0;
  let currentId: number | undefined;
  let calls: readonly MockCall[] = [];
  let pending: readonly PendingCall[] = [];
  let hostCount = 0;
  let authSeq = 0;
  const listeners = new Set<() => void>();
  const waiters: Waiter[] = [];
  const handlers = new Map<string, AnyHandler>();
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const downloads = new Map<string, string>();
  const storage = new Map<string, string>();
  const authCodes = new Map<string, string>();
  let frameListening = false;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const installOptionHandlers = () => {
    for (const [api, handler] of Object.entries(options.respond ?? {})) {
      handlers.set(api, toHandler(handler));
    }
  };
  installOptionHandlers();

  const env = {
    org,
    user,
    downloads,
    storage,
    issueAuthCode: () => {
      authSeq += 1;
      const code = `mock${Date.now().toString(36)}${authSeq.toString(36)}${user.emplId}`;
      authCodes.set(code, user.emplId);
      return code;
    },
  };

  function frameHost(): { window: Window; origin: string } | undefined {
    const setting = options.frameHost ?? 'auto';
    if (setting === false) return undefined;
    if (setting !== 'auto') return setting;
    if (typeof window === 'undefined' || window.parent === window) return undefined;
    const origin = window.location.origin;
    return { window: window.parent, origin: origin === 'null' ? '*' : origin };
  }

  function listenToFrameHost() {
    if (frameListening) return;
    const host = frameHost();
    if (!host || typeof window === 'undefined') return;
    frameListening = true;
    window.addEventListener('message', (event) => {
      if (event.source !== host.window || !isFrameEventMessage(event.data)) return;
      fire(event.data.event, event.data.payload);
    });
  }

  function fire(event: string, payload: unknown) {
    for (const listener of [...(eventListeners.get(event) ?? [])]) listener(payload);
  }

  function setPending(next: readonly PendingCall[]) {
    pending = next;
    notify();
    for (const waiter of [...waiters]) {
      const match = pending.find((call) => waiter.api === undefined || call.api === waiter.api);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  }

  /** Shows the call to the host until it settles; `start` may run a simulation and returns its cleanup. */
  function hold(
    id: number,
    api: string,
    params: unknown,
    kind: PendingCall['kind'],
    signal: AbortSignal,
    start?: (entry: { progress: (raw: unknown) => void; finish: (result: unknown) => void }) => () => void,
    onProgress?: (raw: unknown) => void,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let cleanup: (() => void) | undefined;
      const settle = () => {
        if (settled) return false;
        settled = true;
        cleanup?.();
        signal.removeEventListener('abort', onAbort);
        setPending(pending.filter((call) => call.id !== id));
        return true;
      };
      const finish = (result: unknown) => {
        if (settle()) resolve(result);
      };
      const fail = (error: MockFailure = 'CANCELLED') => {
        if (settle()) reject(toRaw(api, error));
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
            const result = defaultResult(api, params as Record<string, unknown>, env);
            finish(result);
            return result;
          } catch (raw) {
            if (settle()) reject(raw);
            return undefined;
          }
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      setPending([...pending, entry]);
      cleanup = start?.({
        finish,
        progress: (raw) => {
          if (settled) return;
          onProgress?.(raw);
          const progress = toDownloadProgress(raw);
          setPending(pending.map((call) => (call.id === id ? { ...call, progress } : call)));
        },
      });
    });
  }

  function download(
    id: number,
    params: Record<string, unknown>,
    signal: AbortSignal,
    onProgress?: (raw: unknown) => void,
  ) {
    const url = typeof params.url === 'string' ? params.url : '';
    const name = typeof params.name === 'string' ? params.name : undefined;
    // A plausible size that stays the same for the same URL.
    let hash = 7;
    for (const char of url) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
    const totalBytes = 200_000 + (hash % 3_800_000);
    const steps = Math.max(1, Math.round(downloadMs / 100));
    return hold(
      id,
      'biz.util.downloadFile',
      params,
      'transfer',
      signal,
      ({ progress, finish }) => {
        let step = 0;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const tick = () => {
          step += 1;
          progress({ receivedBytes: Math.round((totalBytes * step) / steps), totalBytes });
          if (step < steps) timer = setTimeout(tick, downloadMs / steps);
          else {
            downloads.set(url, localPath(url, name));
            finish(true);
          }
        };
        progress({ receivedBytes: 0, totalBytes });
        timer = setTimeout(tick, downloadMs / steps);
        return () => clearTimeout(timer);
      },
      onProgress,
    );
  }

  /** What the mock does for a call when no script answers it. */
  function behave(
    id: number,
    api: string,
    params: Record<string, unknown>,
    context: { signal: AbortSignal; onProgress?: (raw: unknown) => void },
  ): Promise<unknown> {
    if (frameNavigationApis.has(api)) {
      const host = frameHost();
      if (host) {
        const message: FrameNavigationMessage = {
          dingkitMock: 'navigation',
          api: api as FrameNavigationMessage['api'],
          params,
        };
        host.window.postMessage(message, host.origin);
        return Promise.resolve(undefined);
      }
    }
    const kind = apiKind(api);
    if (kind === 'transfer') return download(id, params, context.signal, context.onProgress);
    if (kind === 'dialog' || (kind === 'display' && hostCount > 0)) {
      return hold(id, api, params, kind, context.signal);
    }
    try {
      return Promise.resolve(defaultResult(api, params, env));
    } catch (raw) {
      return Promise.reject(raw);
    }
  }

  const transport: Transport = {
    platform,
    version,
    async config(config: JsapiConfig): Promise<ReadyInfo> {
      await delay(latencyMs);
      const outcome = options.config ?? { outcome: 'ready' };
      if (outcome.outcome === 'error') {
        throw { errorCode: outcome.errorCode ?? 52013, errorMessage: outcome.errorMessage ?? '签名校验失败' };
      }
      const asked = config.jsApiList ?? [];
      const unauthorized =
        outcome.unauthorizedAPIList ??
        (outcome.authorizedAPIList ? asked.filter((api) => !outcome.authorizedAPIList?.includes(api)) : []);
      const authorized = outcome.authorizedAPIList ?? asked.filter((api) => !unauthorized.includes(api));
      return { authorizedAPIList: [...authorized], unauthorizedAPIList: [...unauthorized] };
    },
    async invoke(api, params, context) {
      const id = currentId ?? ++seq;
      currentId = undefined;
      await delay(latencyMs, context.signal);
      const handler = handlers.get(api);
      const base = {
        signal: context.signal,
        ...(context.onProgress ? { onProgress: context.onProgress } : {}),
      };
      if (!handler) return behave(id, api, params, base);
      return handler(params, {
        id,
        signal: context.signal,
        onProgress: (raw) => context.onProgress?.(raw),
        org,
        next: () => behave(id, api, params, base) as Promise<never>,
      });
    },
    on(event, listener) {
      listenToFrameHost();
      let set = eventListeners.get(event);
      if (!set) {
        set = new Set();
        eventListeners.set(event, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };

  // Takes every API by name, as apps and tests call it.
  const inner = createBridge(transport, {
    catalog,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });

  function record<T>(api: string, params: unknown, run: () => Promise<T>): Promise<T> {
    seq += 1;
    const id = seq;
    const started = now();
    calls = [...calls, { id, api, params, status: 'pending', startedAt: Date.now() }];
    notify();
    const update = (change: Partial<MockCall>) => {
      if (!calls.some((call) => call.id === id)) return;
      const durationMs = Math.round((now() - started) * 10) / 10;
      calls = calls.map((call) => (call.id === id ? { ...call, ...change, durationMs } : call));
      notify();
    };
    currentId = id;
    let promise: Promise<T>;
    try {
      promise = run();
    } finally {
      currentId = undefined;
    }
    promise.then(
      (result) => update({ status: 'resolved', result }),
      (error: unknown) => update({ status: 'rejected', error: toDingTalkError(api, error) }),
    );
    return promise;
  }

  const bridge: Bridge = {
    get platform() {
      return inner.platform;
    },
    get version() {
      return inner.version;
    },
    config: (config) => record('config', config, () => inner.config(config)),
    call: (api, params, callOptions) =>
      record(typeof api === 'string' ? api : api.name, params, () => inner.call(api, params, callOptions)),
    on: (event, listener) => inner.on(event, listener),
  };

  const controller: MockController = {
    get calls() {
      return calls;
    },
    get pending() {
      return pending;
    },
    org,
    user,
    respond(api, handler) {
      const wrapped = toHandler(handler);
      handlers.set(api, wrapped);
      return () => {
        if (handlers.get(api) === wrapped) handlers.delete(api);
      };
    },
    fail(api, error) {
      const wrapped: AnyHandler = () => {
        throw toRaw(api, error);
      };
      handlers.set(api, wrapped);
      return () => {
        if (handlers.get(api) === wrapped) handlers.delete(api);
      };
    },
    emit(event, ...payload) {
      fire(event, payload[0]);
    },
    reset() {
      handlers.clear();
      installOptionHandlers();
      downloads.clear();
      storage.clear();
      authCodes.clear();
      for (const call of pending) call.cancel();
      calls = [];
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    waitForPending(api) {
      const match = pending.find((call) => api === undefined || call.api === api);
      if (match) return Promise.resolve(match as never);
      return new Promise((resolve) => {
        waiters.push({ api, resolve: resolve as Waiter['resolve'] });
      });
    },
    exchangeAuthCode(code) {
      const userId = authCodes.get(code);
      if (userId === undefined) return undefined;
      authCodes.delete(code);
      return findUser(org, userId);
    },
    get hostAttached() {
      return hostCount > 0;
    },
    attachHost() {
      hostCount += 1;
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        hostCount -= 1;
        // Nobody is left to show them: answer what was waiting to be shown.
        if (hostCount === 0) {
          for (const call of pending) if (call.kind === 'display') call.respondDefault();
        }
      };
    },
  };

  controllers.set(bridge, controller);
  return { bridge, controller };
}

function toHandler(handler: unknown): AnyHandler {
  return typeof handler === 'function' ? (handler as AnyHandler) : () => handler;
}

/** What a scripted failure rejects the transport with; the bridge maps it like a client's. */
function toRaw(api: string, failure: MockFailure): unknown {
  if (typeof failure !== 'string') return failure;
  if (failure === 'CANCELLED') return cancelled;
  return new DingTalkError(failure, {
    api,
    message: `${api} failed with ${failure}, as scripted by the mock controller. Remove the script with the function fail() returned, or call controller.reset().`,
  });
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
