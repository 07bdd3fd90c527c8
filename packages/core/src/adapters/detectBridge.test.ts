// The detected bridge before and while its adapter loads, with a loader the test controls: the
// "not loaded yet" path, which a page meets on every first call.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceNotificationConfirm, deviceNotificationToast } from '../catalog/apis';
import { catalog } from '../catalog/catalog';
import { createBridge } from '../createBridge';
import { DingTalkClient } from '../DingTalkClient';
import { DingTalkError } from '../DingTalkError';
import { localize } from '../localize';
import type { ApiCatalog, Bridge, ClientPlatform, InvokeContext, Transport } from '../types';
import { type BridgeLoader, detectBridge } from './detectBridge';

type Adapter = Awaited<ReturnType<BridgeLoader['adapter']>>;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader whose adapter arrives when the test says, over a transport that answers at once. */
function controlledLoader() {
  const calls: { api: string; params: Record<string, unknown>; context: InvokeContext }[] = [];
  const transport: Transport = {
    platform: 'pc',
    version: '7.0.10',
    config: async (config) => ({ authorizedAPIList: config.jsApiList, unauthorizedAPIList: [] }),
    invoke: async (api, params, context) => {
      calls.push({ api, params, context });
      return { buttonIndex: 0 };
    },
    on: () => () => {},
  };
  const opened: Bridge[] = [];
  const adapter: Adapter = {
    jsapiBridge: (_detected, options, _load, localize) => {
      const bridge = createBridge(transport, options, localize);
      opened.push(bridge);
      return bridge;
    },
    localize,
  };
  let arrival = deferred<Adapter>();
  const loader = {
    adapter: vi.fn(() => arrival.promise),
    legacy: vi.fn<BridgeLoader['legacy']>(() => new Promise(() => {})),
    jsapi: vi.fn<(platform: ClientPlatform) => Promise<unknown>>(() => new Promise(() => {})),
    api: vi.fn<BridgeLoader['api']>(async (name) => (catalog as ApiCatalog)[name as keyof ApiCatalog]),
  } satisfies BridgeLoader;
  return {
    loader,
    calls,
    opened,
    arrive: () => arrival.resolve(adapter),
    fail: (cause: unknown) => {
      arrival.reject(cause);
      arrival = deferred<Adapter>();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // A DingTalk PC container: its window name describes the container and the client version.
  const window: Record<string, unknown> = {
    name: JSON.stringify({ containerId: 'c1', hostVersion: '7.0.10' }),
  };
  window.top = window;
  vi.stubGlobal('window', window);
  vi.stubGlobal('location', { href: 'https://app.example.com/home' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('detectBridge, while its adapter loads', () => {
  it('knows the platform and version at once, and starts the adapter and dingtalk-jsapi in the task that creates it', async () => {
    const { loader } = controlledLoader();
    const bridge = detectBridge({}, loader);
    expect([bridge.platform, bridge.version]).toEqual(['pc', '7.0.10']);
    await Promise.resolve();
    expect(loader.adapter).toHaveBeenCalledTimes(1);
    expect(loader.jsapi).toHaveBeenCalledWith('pc');
  });

  it('loads nothing outside DingTalk until asked', () => {
    vi.stubGlobal('window', {});
    const { loader } = controlledLoader();
    expect(detectBridge({}, loader).platform).toBe('notInDingTalk');
    expect(loader.adapter).not.toHaveBeenCalled();
    expect(loader.jsapi).not.toHaveBeenCalled();
  });

  it('makes calls wait for the adapter, then settle through it', async () => {
    const { loader, calls, arrive } = controlledLoader();
    const bridge = detectBridge({}, loader);
    const answer = bridge.call(deviceNotificationConfirm, { message: '删除？' });
    await settle();
    expect(calls).toHaveLength(0);
    arrive();
    await expect(answer).resolves.toEqual({ buttonIndex: 0 });
    expect(calls.map((call) => [call.api, call.params])).toEqual([
      ['device.notification.confirm', { message: '删除？' }],
    ]);
    expect(calls[0]!.context.api).toBe(deviceNotificationConfirm);
  });

  it('rejects ABORTED at once when the signal fires while the adapter loads; the call never crosses', async () => {
    const { loader, calls, arrive } = controlledLoader();
    const bridge = detectBridge({}, loader);
    const controller = new AbortController();
    const answer = bridge.call(deviceNotificationToast, { text: '已保存' }, { signal: controller.signal });
    controller.abort();
    await expect(answer).rejects.toMatchObject({
      code: 'ABORTED',
      api: 'device.notification.toast',
      details: { reason: 'waiting' },
    });
    arrive();
    await settle();
    expect(calls).toHaveLength(0);
  });

  it('rejects API_FAILED when the adapter fails to load, and loads it again for the next call', async () => {
    const { loader, calls, arrive, fail } = controlledLoader();
    const bridge = detectBridge({}, loader);
    const first = bridge.call(deviceNotificationToast, { text: '已保存' });
    // What the loader rejects with when a chunk does not arrive.
    fail(
      new DingTalkError('API_FAILED', {
        details: { reason: 'load' },
        cause: new TypeError('Failed to fetch dynamically imported module'),
      }),
    );
    await expect(first).rejects.toMatchObject({ code: 'API_FAILED', details: { reason: 'load' } });
    const second = bridge.call(deviceNotificationToast, { text: '已保存' });
    arrive();
    await expect(second).resolves.toEqual({ buttonIndex: 0 });
    expect(loader.adapter).toHaveBeenCalledTimes(2);
    expect(calls).toHaveLength(1);
  });

  it('opens one adapter bridge, whatever calls, configs and listeners came first', async () => {
    const { loader, opened, arrive } = controlledLoader();
    const bridge = detectBridge({}, loader);
    const off = bridge.on('leftBtnClick', () => {});
    const config = bridge.config({ agentId: '1', corpId: 'c', timeStamp: 1, nonceStr: 'n', signature: 's' });
    const call = bridge.call(deviceNotificationToast, { text: 'a' });
    arrive();
    await Promise.all([config, call]);
    off();
    expect(opened).toHaveLength(1);
  });

  it('looks a name up in the catalog, and passes a name the catalog lacks on as it is', async () => {
    const { loader, calls, arrive } = controlledLoader();
    const bridge = detectBridge({}, loader);
    arrive();
    await expect(bridge.call('device.notification.toast', { text: 'hi', duration: 9 })).rejects.toMatchObject(
      {
        code: 'INVALID_PARAMS',
        field: 'duration',
      },
    );
    await bridge.call('biz.util.somethingNew' as never, { anything: 1 } as never);
    expect(loader.api.mock.calls.map(([name]) => name)).toEqual([
      'device.notification.toast',
      'biz.util.somethingNew',
    ]);
    expect(calls.map((call) => call.api)).toEqual(['biz.util.somethingNew']);
  });

  it('lets the client send config as soon as the signature and the adapter are there', async () => {
    const { loader, arrive } = controlledLoader();
    const bridge = detectBridge({}, loader);
    const signature = deferred<{
      agentId: string;
      corpId: string;
      timeStamp: number;
      nonceStr: string;
      signature: string;
    }>();
    const getSignature = vi.fn(() => signature.promise);
    const client = new DingTalkClient({ bridge, getSignature });
    client.start();
    // Asked for at once, and the adapter and dingtalk-jsapi right after, in the same turn.
    expect(getSignature).toHaveBeenCalledWith('https://app.example.com/home');
    expect(loader.adapter).toHaveBeenCalledTimes(1);
    const [asked] = getSignature.mock.invocationCallOrder;
    expect([loader.adapter, loader.jsapi].map((load) => load.mock.invocationCallOrder[0]! > asked!)).toEqual([
      true,
      true,
    ]);
    signature.resolve({ agentId: '1', corpId: 'c', timeStamp: 1, nonceStr: 'n', signature: 's' });
    await settle();
    expect(client.getState().status).toBe('configuring');
    arrive();
    await vi.waitFor(() => expect(client.getState().status).toBe('ready'));
    // The client knows what a descriptor supports at once: the version was read at creation.
    expect(client.isSupported(deviceNotificationConfirm)).toBe(true);
  });
});
