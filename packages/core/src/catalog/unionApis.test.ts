// The newer API names (dingtalk-jsapi's api/union/*) through the dingtalk-jsapi adapter: each
// crosses as the legacy API it calls, with params and results rewritten as the package's union
// module would (dingkit does not import those modules: 23 of them re-register the legacy name).
import { describe, expect, it, vi } from 'vitest';
import { jsapiBridge } from '../adapters/adapter';
import type { ClientPlatform } from '../types';
import type { ApiName } from './ApiMap';
import { catalog } from './catalog';

type Params = Record<string, unknown>;

/** A stand-in for dingtalk-jsapi's core that records what crosses and answers `raw`. */
function recordingSdk(platform: ClientPlatform, raw: unknown = {}, ready: unknown = {}) {
  const sent: { method: string; params: Params | undefined }[] = [];
  const ddSdk = {
    invokeAPI: async (method: string, params?: Params) => {
      sent.push({ method, params });
      return method === 'runtime.permission.requestJsApis' ? ready : raw;
    },
    bridgeInitFn: async () => ({}),
    getPlatformConfigMap: () => ({ [platform]: { authMethod: 'runtime.permission.requestJsApis' } }),
  };
  const bridge = jsapiBridge({ platform, version: '7.0.50' }, { catalog }, async () => ({ ddSdk }));
  return { bridge, sent };
}

interface Case {
  api: ApiName;
  platform: ClientPlatform;
  params: Params;
  /** What crosses the bridge: the legacy API and its params. */
  sends: [method: string, params: Params];
  raw?: unknown;
  resolves?: unknown;
}

const cases: Case[] = [
  {
    api: 'alert',
    platform: 'android',
    params: { content: 'Saved', buttonText: 'OK' },
    sends: ['device.notification.alert', { message: 'Saved', title: '', buttonName: 'OK' }],
  },
  {
    api: 'confirm',
    platform: 'ios',
    params: { title: 'Delete', content: 'Delete it?' },
    sends: [
      'device.notification.confirm',
      { title: 'Delete', message: 'Delete it?', buttonLabels: ['取消', '确定'] },
    ],
    raw: { buttonIndex: 1 },
    resolves: { confirm: true },
  },
  {
    api: 'confirm',
    platform: 'harmony',
    params: { title: '', content: 'Sure?', cancelButtonText: 'No', confirmButtonText: 'Yes' },
    sends: ['device.notification.confirm', { title: '', message: 'Sure?', buttonLabels: ['No', 'Yes'] }],
    raw: { buttonIndex: 0 },
    resolves: { confirm: false },
  },
  {
    api: 'prompt',
    platform: 'android',
    params: {
      title: 'Name',
      message: 'Your name',
      placeholder: 'Li',
      okButtonText: 'OK',
      cancelButtonText: 'Cancel',
    },
    sends: [
      'device.notification.prompt',
      { title: 'Name', message: 'Your name', defaultText: 'Li', buttonLabels: ['Cancel', 'OK'] },
    ],
    raw: { value: 'Wang', buttonIndex: 1 },
    resolves: { value: 'Wang', buttonIndex: 1 },
  },
  {
    api: 'showActionSheet',
    platform: 'android',
    params: { title: 'Share', items: ['Chat', 'Ding'], cancelButtonText: 'Cancel' },
    sends: [
      'device.notification.actionSheet',
      { title: 'Share', cancelButton: 'Cancel', otherButtons: ['Chat', 'Ding'] },
    ],
    raw: { buttonIndex: 1 },
    resolves: { index: 1 },
  },
  {
    api: 'showLoading',
    platform: 'ios',
    params: { content: 'Loading' },
    sends: ['device.notification.showPreloader', { text: 'Loading', showIcon: true }],
  },
  {
    api: 'showToast',
    platform: 'android',
    params: { type: 'success', content: 'Saved', duration: 2000 },
    sends: ['device.notification.toast', { icon: 'success', text: 'Saved', duration: 2 }],
  },
  {
    api: 'showToast',
    platform: 'pc',
    params: { type: 'error', content: 'Failed' },
    sends: ['device.notification.toast', { icon: 'error', text: 'Failed', duration: 3 }],
  },
  {
    api: 'getStorage',
    platform: 'ios',
    params: { key: 'draft' },
    sends: ['util.domainStorage.getItem', { name: 'draft' }],
  },
  {
    api: 'setStorage',
    platform: 'android',
    params: { key: 'draft', data: 'hello' },
    sends: ['util.domainStorage.setItem', { name: 'draft', value: 'hello' }],
  },
  {
    api: 'removeStorage',
    platform: 'pc',
    params: { key: 'draft' },
    sends: ['util.domainStorage.removeItem', { name: 'draft' }],
  },
  {
    api: 'previewImage',
    platform: 'pc',
    params: { urls: ['https://a.example/1.png', 'https://a.example/2.png'], current: 1 },
    sends: [
      'biz.util.previewImage',
      { urls: ['https://a.example/1.png', 'https://a.example/2.png'], current: 'https://a.example/2.png' },
    ],
  },
  {
    api: 'previewImage',
    platform: 'ios',
    params: { urls: ['https://a.example/1.png'], current: 0 },
    sends: ['biz.util.previewImage', { urls: ['https://a.example/1.png'], current: 0 }],
  },
  {
    api: 'scan',
    platform: 'android',
    params: { type: 'qr' },
    sends: ['biz.util.scan', { type: 'qrCode' }],
    raw: { text: 'https://example.com' },
  },
  {
    api: 'scan',
    platform: 'harmony',
    params: { type: 'bar' },
    sends: ['biz.util.scan', { type: 'bar' }],
  },
  {
    api: 'watchShake',
    platform: 'ios',
    params: { frequency: 100, sensitivity: 5, callbackDelay: 1000 },
    sends: [
      'device.accelerometer.watchShake',
      { frequency: 100, sensitivity: 3.2, callbackDelay: 1000, watch: true },
    ],
  },
  {
    api: 'checkBizCall',
    platform: 'ios',
    params: { corpId: 'ding1' },
    sends: ['biz.telephone.checkBizCall', { corpId: 'ding1' }],
    raw: true,
    resolves: { isSupport: true },
  },
  {
    api: 'checkBizCall',
    platform: 'android',
    params: { corpId: 'ding1' },
    sends: ['biz.telephone.checkBizCall', { corpId: 'ding1' }],
    raw: { isSupport: false },
    resolves: { isSupport: false },
  },
  {
    api: 'getNetworkType',
    platform: 'android',
    params: {},
    sends: ['device.connection.getNetworkType', {}],
    raw: { result: 'wifi' },
    resolves: { networkType: 'wifi', networkAvailable: true },
  },
  {
    api: 'getNetworkType',
    platform: 'harmony',
    params: {},
    sends: ['device.connection.getNetworkType', {}],
    raw: { result: 'none' },
    resolves: { networkType: 'none', networkAvailable: false },
  },
  {
    api: 'connectBLEDevice',
    platform: 'android',
    params: { deviceId: 'AA:BB' },
    sends: ['runtime.h5nuvabridge.exec', { _action: 'connectBLEDevice', deviceId: 'AA:BB' }],
  },
  {
    api: 'chooseImage',
    platform: 'harmony',
    params: { count: 2 },
    sends: ['biz.util.chooseImage', { count: 2 }],
    raw: { filePaths: ['/a.jpg'], files: [{ path: '/a.jpg', size: 1, fileType: 'jpg' }] },
  },
];

describe('the newer API names', () => {
  it.each(cases)('$api on $platform crosses as $sends.0 with rewritten params', async (c) => {
    const { bridge, sent } = recordingSdk(c.platform, c.raw ?? {});
    const answer = await bridge.call(c.api, c.params as never);
    expect(sent).toEqual([{ method: c.sends[0], params: c.sends[1] }]);
    expect(answer).toEqual(c.resolves ?? c.raw ?? {});
  });

  it('sends getOperateAuthCode with the page URL on PC, as the package does', async () => {
    vi.stubGlobal('location', { href: 'https://app.example/a?x=1#top' });
    const { bridge, sent } = recordingSdk('pc', { code: 'abc' });
    await expect(bridge.call('getOperateAuthCode', { corpId: 'ding1', agentId: '1' })).resolves.toEqual({
      code: 'abc',
    });
    expect(sent[0]?.method).toBe('runtime.permission.requestOperateAuthCode');
    expect(sent[0]?.params).toEqual({ corpId: 'ding1', agentId: '1', url: 'https://app.example/a?x=1' });
    vi.unstubAllGlobals();
  });

  it('and the legacy name are the same call where nothing is rewritten', async () => {
    const newer = recordingSdk('ios', { filePaths: [] });
    const legacy = recordingSdk('ios', { filePaths: [] });
    await newer.bridge.call('chooseImage', { count: 1 });
    await legacy.bridge.call('biz.util.chooseImage', { count: 1 });
    expect(newer.sent).toEqual(legacy.sent);
  });

  it('are refused where dingtalk-jsapi registers no version for the platform', async () => {
    const { bridge, sent } = recordingSdk('pc');
    await expect(bridge.call('chooseImage', { count: 1 })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      api: 'chooseImage',
    });
    expect(sent).toEqual([]);
  });

  it('are unauthorised when the legacy API they call is', async () => {
    const { bridge, sent } = recordingSdk('android', {}, { unauthorizedAPIList: ['device.geolocation.get'] });
    await bridge.config({ agentId: '1', corpId: 'ding1', timeStamp: 1, nonceStr: 'n', signature: 's' });
    await expect(
      bridge.call('getLocation', { targetAccuracy: 200, coordinate: 1 } as never),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      api: 'getLocation',
    });
    expect(sent.map(({ method }) => method)).toEqual(['runtime.permission.requestJsApis']);
  });

  it('send the Bluetooth and beacon names as runtime.h5nuvabridge.exec with their `_action`', () => {
    const nuva = Object.values(catalog).filter((api) => api.calls === 'runtime.h5nuvabridge.exec');
    expect(nuva).toHaveLength(16);
    for (const api of nuva) {
      expect(api.send?.({ deviceId: 'AA' }, 'android')).toEqual({ _action: api.name, deviceId: 'AA' });
    }
  });
});
