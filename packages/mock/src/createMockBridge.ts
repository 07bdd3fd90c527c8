import { type Bridge, catalog, createBridge, type Transport } from '@dingkit/core';
import { apiKind } from './apiKind';
import { answerConfig } from './bridge/answerConfig';
import { createAuthCodes } from './bridge/createAuthCodes';
import { createCallLog } from './bridge/createCallLog';
import { createClientEvents } from './bridge/createClientEvents';
import { createFrameRelay } from './bridge/createFrameRelay';
import { createListeners } from './bridge/createListeners';
import { createMockController } from './bridge/createMockController';
import { createPendingQueue } from './bridge/createPendingQueue';
import { createRepeats } from './bridge/createRepeats';
import { createScripts } from './bridge/createScripts';
import { delay } from './bridge/delay';
import { simulateDownload } from './bridge/simulateDownload';
import { type DefaultEnv, defaultResult, localPath } from './defaultResult';
import type { MockBridge, MockBridgeOptions, MockController } from './MockController';
import { mockOrg } from './mockOrg';
import { findUser } from './orgQueries';

const controllers = new WeakMap<Bridge, MockController>();

/** The controller of a bridge made by {@link createMockBridge}; `undefined` for any other bridge. */
export function getMockController(bridge: Bridge): MockController | undefined {
  return controllers.get(bridge);
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

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

  const changes = createListeners();
  const events = createClientEvents();
  const log = createCallLog(changes.notify);
  const queue = createPendingQueue(changes.notify);
  const scripts = createScripts(options.respond);
  const authCodes = createAuthCodes(org, user);
  const relay = createFrameRelay(options.frameHost ?? 'auto', events.fire);
  const repeats = createRepeats(log.repeat);
  const env: DefaultEnv = {
    org,
    user,
    downloads: new Map(),
    storage: new Map(),
    issueAuthCode: authCodes.issue,
    platform,
    version,
  };
  const controller = createMockController({
    org,
    user,
    log,
    queue,
    scripts,
    events,
    repeats,
    authCodes,
    changes,
    forgetStored: () => {
      env.downloads.clear();
      env.storage.clear();
    },
  });

  // Each call's params reach the transport as an object of their own (a copy, as a real client
  // gets), which names the call: its id does not depend on when the transport is invoked.
  const callIds = new WeakMap<object, number>();
  const own = (params: unknown, id: number) => {
    // Anything else is rejected before the transport (params must be an object).
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return params;
    const copy = { ...params };
    callIds.set(copy, id);
    return copy;
  };

  /** What the mock does for a call when no script answers it. */
  function behave(
    id: number,
    api: string,
    params: Record<string, unknown>,
    { signal, onProgress }: { signal: AbortSignal; onProgress?: ((raw: unknown) => void) | undefined },
  ): Promise<unknown> {
    if (relay.relay(api, params)) return Promise.resolve(undefined);
    const kind = apiKind(api);
    const answerDefault = () => defaultResult(api, params, env);
    if (kind === 'transfer') {
      const url = str(params.url) ?? '';
      const saved = () => env.downloads.set(url, localPath(url, str(params.name)));
      const simulation = simulateDownload(url, downloadMs, saved);
      return queue.hold({ id, api, params, kind, signal, answerDefault, simulation, onProgress });
    }
    if (kind === 'dialog' || (kind === 'display' && controller.hostAttached)) {
      return queue.hold({ id, api, params, kind, signal, answerDefault });
    }
    try {
      return Promise.resolve(answerDefault());
    } catch (raw) {
      return Promise.reject(raw);
    }
  }

  const transport: Transport = {
    platform,
    version,
    async config(config) {
      await delay(latencyMs);
      return answerConfig(options.config ?? { outcome: 'ready' }, config.jsApiList ?? []);
    },
    async invoke(api, params, { signal, onProgress, onRepeat }) {
      // Every call reaches the transport through the log (see `own`).
      const id = callIds.get(params) ?? 0;
      if (onRepeat) repeats.listen(api, onRepeat, signal, id);
      await delay(latencyMs, signal);
      const script = scripts.get(api);
      if (!script) return behave(id, api, params, { signal, onProgress });
      return script(params, {
        id,
        signal,
        onProgress: (raw) => onProgress?.(raw),
        org,
        next: () => behave(id, api, params, { signal, onProgress }) as Promise<never>,
      });
    },
    on(event, listener) {
      relay.listen();
      return events.on(event, listener);
    },
  };

  // Takes every API by name, as apps and tests call it.
  const inner = createBridge(transport, {
    catalog,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });

  const bridge: Bridge = {
    get platform() {
      return inner.platform;
    },
    get version() {
      return inner.version;
    },
    config: (config) => log.record('config', config, () => inner.config(config)),
    call: (api, params, callOptions) =>
      log.record(typeof api === 'string' ? api : api.name, params, (id) =>
        inner.call(api as never, own(params, id) as never, callOptions),
      ),
    on: (event, listener) => inner.on(event, listener),
  };

  controllers.set(bridge, controller);
  return { bridge, controller };
}
