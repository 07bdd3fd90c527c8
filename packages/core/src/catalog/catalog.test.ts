import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../createBridge';
import { apisNeedingAuth, catalog } from '../exports/catalogApi';
import type { Transport } from '../types';
import type { ApiName } from './ApiMap';
import * as apis from './apis';
import { authApis } from './authApis.generated';
import type { ExtraApiMap } from './extraApis';
import type { PcApiMap } from './pcApis';

// Written out on purpose: `satisfies` fails the typecheck if an API of either map is missing here.
const pcApis = Object.keys({
  'runtime.permission.requestAuthCode': 1,
  'device.notification.alert': 1,
  'device.notification.confirm': 1,
  'device.notification.prompt': 1,
  'device.notification.toast': 1,
  'device.notification.actionSheet': 1,
  'biz.util.open': 1,
  'biz.util.openModal': 1,
  'biz.util.openSlidePanel': 1,
  'biz.util.uploadImage': 1,
  'biz.util.downloadFile': 1,
  'biz.util.openLocalFile': 1,
  'biz.util.isLocalFileExist': 1,
  'biz.util.previewImage': 1,
  'biz.util.openLink': 1,
  'biz.navigation.quit': 1,
  'biz.navigation.setTitle': 1,
  'biz.navigation.setLeft': 1,
  'biz.ding.post': 1,
  'biz.contact.choose': 1,
  'biz.customContact.choose': 1,
  'biz.customContact.multipleChoose': 1,
} satisfies Record<keyof PcApiMap, 1>) as (keyof PcApiMap)[];

const extraApis = Object.keys({
  'channel.permission.requestAuthCode': 1,
  'runtime.permission.requestOperateAuthCode': 1,
  'biz.telephone.quickCallList': 1,
  'biz.ding.create': 1,
  'biz.contact.complexPicker': 1,
  'biz.contact.departmentsPicker': 1,
  'biz.contact.externalComplexPicker': 1,
  'biz.contact.externalEditForm': 1,
  'biz.cspace.preview': 1,
  'biz.util.uploadAttachment': 1,
  'biz.conference.videoConfCall': 1,
  'biz.live.startClassRoom': 1,
} satisfies Record<keyof ExtraApiMap, 1>) as (keyof ExtraApiMap)[];

const genericApiSource = readFileSync(new URL('./genericApis.ts', import.meta.url), 'utf8');
const genericApiNames = [...genericApiSource.matchAll(/\|\s*'([\w.]+)'/g)].map((m) => m[1]!);
const unionSource = readFileSync(new URL('./jsapiUnionTypes.generated.ts', import.meta.url), 'utf8');
const unionCalls = new Map(
  [...unionSource.matchAll(/^ {2}(\w+): \{ params: \w+; result: \w+; calls: '([\w.]+)'/gm)].map((m) => [
    m[1]!,
    m[2]!,
  ]),
);

describe('catalog', () => {
  it('has one entry for every name of GenericApiName and every newer name, and nothing else', () => {
    expect(genericApiNames).toHaveLength(113);
    expect(unionCalls.size).toBe(197);
    expect(Object.keys(catalog).sort()).toEqual([...genericApiNames, ...unionCalls.keys()].sort());
  });

  it('says which legacy API each newer name calls, and only for newer names', () => {
    for (const [name, calls] of unionCalls) {
      expect({ name, calls: catalog[name as ApiName].calls }).toEqual({ name, calls });
    }
    for (const name of genericApiNames) expect(catalog[name as ApiName].calls).toBeUndefined();
  });

  it.each([
    ['scan', 'biz.util.scan', { android: true, ios: true, pc: false, harmony: true }],
    ['chooseImage', 'biz.util.chooseImage', { android: true, ios: true, pc: false, harmony: true }],
    ['getLocation', 'device.geolocation.get', { android: true, ios: true, pc: false, harmony: true }],
    ['chooseStaffForPC', 'biz.contact.choose', { android: false, ios: false, pc: true, harmony: true }],
  ] as const)(
    'keeps auth and waiting of the API %s calls (%s) and its own support',
    (name, calls, support) => {
      expect(catalog[name]).toMatchObject({
        calls,
        support,
        auth: catalog[calls].auth,
        interactive: catalog[calls].interactive,
      });
    },
  );

  it('reads HarmonyOS support and versions from what dingtalk-jsapi registers', () => {
    expect(catalog['device.notification.confirm'].minVersion.harmony).toBe('7.0.0');
    expect(catalog['device.notification.confirm'].support.harmony).toBe(true);
    expect(catalog['biz.util.chooseImage'].minVersion).toEqual({
      android: '5.1.1',
      ios: '5.1.1',
      harmony: '7.0.0',
    });
    const harmony = Object.values(catalog).filter((api) => !api.calls && api.support.harmony);
    expect(harmony.length).toBeGreaterThanOrEqual(100);
    for (const api of Object.values(catalog)) {
      expect({ api: api.name, harmony: api.support.harmony }).toEqual({
        api: api.name,
        harmony: api.minVersion.harmony !== undefined,
      });
    }
  });

  it('marks every API of the PC reference and every extra API as PC-supported', () => {
    expect(pcApis).toHaveLength(22);
    expect(extraApis).toHaveLength(12);
    for (const api of [...pcApis, ...extraApis])
      expect({ api, pc: catalog[api].support.pc }).toEqual({ api, pc: true });
  });

  it('gives every API at least one platform', () => {
    for (const [api, spec] of Object.entries(catalog)) {
      expect({ api, some: Object.values(spec.support).some(Boolean) }).toEqual({ api, some: true });
    }
  });

  it.each([
    ['biz.util.openModal', { android: false, ios: false, pc: true }, false],
    ['device.notification.vibrate', { android: true, ios: true, pc: false }, false],
    ['biz.contact.choose', { android: false, ios: false, pc: true }, true],
    ['device.notification.alert', { android: true, ios: true, pc: true }, false],
    ['ui.webViewBounce.enable', { android: false, ios: true, pc: false }, false],
    ['device.nfc.nfcWrite', { android: true, ios: false, pc: false }, true],
    ['biz.util.open', { android: true, ios: true, pc: true }, true],
    ['biz.live.startClassRoom', { android: false, ios: false, pc: true }, true],
    ['runtime.permission.requestOperateAuthCode', { android: true, ios: true, pc: true }, true],
    ['biz.util.uploadImage', { android: true, ios: true, pc: true }, false],
  ] as const)('reads %s from the handbook table', (api, support, auth) => {
    expect(catalog[api]).toMatchObject({ support, auth });
  });

  it('takes biz.navigation.setLeft on Android from dingtalk-jsapi, where the handbook says no', () => {
    expect(catalog['biz.navigation.setLeft']).toMatchObject({
      support: { android: true, ios: true, pc: true },
      minVersion: { android: '2.4.0', ios: '2.4.0', pc: '2.5.0' },
      auth: false,
    });
  });

  it.each([
    ['device.notification.confirm', true],
    ['device.notification.actionSheet', true],
    ['biz.contact.choose', true],
    ['biz.util.openModal', true],
    ['biz.util.uploadImage', true],
    ['biz.util.previewImage', true],
    ['biz.util.scan', true],
    ['device.notification.toast', false],
    ['runtime.permission.requestAuthCode', false],
    ['biz.navigation.setTitle', false],
    ['biz.util.openLink', false],
  ] as const)('marks %s interactive: %s', (api, interactive) => {
    expect(catalog[api].interactive).toBe(interactive);
  });

  it('takes minimum versions from dingtalk-jsapi for the platforms it registers', () => {
    expect(catalog['device.notification.confirm'].minVersion).toEqual({
      android: '2.4.0',
      ios: '2.4.0',
      pc: '2.5.0',
      harmony: '7.0.0',
    });
    expect(catalog['biz.util.openModal'].minVersion).toEqual({ pc: '2.5.0', harmony: '7.0.0' });
    expect(catalog['biz.conference.videoConfCall'].minVersion).toEqual({
      android: '5.0.8',
      ios: '5.0.8',
      pc: '5.1.28',
      harmony: '7.0.0',
    });
    // Per-API modules win over the union/ modules that re-register with 6.0.0.
    expect(catalog['biz.contact.complexPicker'].minVersion.pc).toBe('4.3.5');
  });

  it('exports one descriptor per API, named by camelCasing its name', () => {
    const exported = Object.entries(apis);
    expect(exported).toHaveLength(113 + 197);
    for (const [name, api] of exported) {
      const camel = api.name.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
      expect(name).toBe(camel[0]!.toLowerCase() + camel.slice(1));
      expect(catalog[api.name]).toBe(api);
    }
  });

  it("keeps the descriptors' versions and the default jsApiList in step with the installed dingtalk-jsapi", () => {
    for (const platform of ['android', 'ios', 'pc', 'harmony'] as const) {
      expect(authApis[platform].split(' ')).toEqual(apisNeedingAuth(platform));
    }
    const script = fileURLToPath(new URL('../../../../scripts/extract-versions.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('apisNeedingAuth', () => {
  it('lists the APIs that need auth and run on PC', () => {
    const pc = apisNeedingAuth('pc');
    expect(pc).toContain('biz.contact.choose');
    expect(pc).toContain('biz.ding.post');
    expect(pc).toContain('biz.util.open');
    expect(pc).not.toContain('device.notification.alert');
    expect(pc).not.toContain('device.base.getUUID');
    for (const api of pc) expect(catalog[api]).toMatchObject({ auth: true, support: { pc: true } });
  });

  it('lists mobile APIs for mobile platforms', () => {
    expect(apisNeedingAuth('ios')).toContain('device.base.getUUID');
    expect(apisNeedingAuth('ios')).not.toContain('biz.contact.choose');
    expect(apisNeedingAuth('android')).toContain('device.nfc.nfcWrite');
    expect(apisNeedingAuth('ios')).not.toContain('device.nfc.nfcWrite');
  });

  it('lists legacy names only: a newer name is authorised under the API it calls', () => {
    for (const platform of ['android', 'ios', 'pc', 'harmony'] as const) {
      for (const api of apisNeedingAuth(platform)) expect(catalog[api].calls).toBeUndefined();
    }
    expect(catalog.getLocation.auth).toBe(true);
    expect(apisNeedingAuth('android')).toContain('device.geolocation.get');
    expect(apisNeedingAuth('harmony')).toContain('device.geolocation.get');
  });

  it('is empty outside DingTalk', () => {
    expect(apisNeedingAuth('notInDingTalk')).toEqual([]);
  });
});

describe('createBridge with the catalog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function pendingTransport(): Transport {
    return {
      platform: 'pc',
      version: '7.0.0',
      config: () => Promise.resolve({ authorizedAPIList: [], unauthorizedAPIList: [] }),
      invoke: () => new Promise(() => {}),
      on: () => () => {},
    };
  }

  it('gives APIs that wait for a person no default timeout', async () => {
    vi.useFakeTimers();
    const bridge = createBridge(pendingTransport(), { catalog });
    const settled = vi.fn();
    bridge
      .call('device.notification.confirm', { message: 'Sure?', buttonLabels: ['Yes', 'No'] })
      .then(settled, settled);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).not.toHaveBeenCalled();
  });

  it('times out APIs that answer by themselves', async () => {
    vi.useFakeTimers();
    const bridge = createBridge(pendingTransport(), { catalog });
    const call = bridge.call('device.notification.toast', { text: 'Saved' });
    const outcome = expect(call).rejects.toMatchObject({ code: 'TIMEOUT', api: 'device.notification.toast' });
    await vi.advanceTimersByTimeAsync(10_000);
    await outcome;
  });

  it('refuses an API below its minimum version without crossing the bridge', async () => {
    const transport = { ...pendingTransport(), version: '4.3.4', invoke: vi.fn() };
    const bridge = createBridge(transport, { catalog });
    await expect(bridge.call('biz.contact.complexPicker', { corpId: 'ding1' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    expect(transport.invoke).not.toHaveBeenCalled();
  });

  it('refuses bad params before the bridge', async () => {
    const transport = { ...pendingTransport(), invoke: vi.fn() };
    const bridge = createBridge(transport, { catalog });
    await expect(
      bridge.call('biz.util.openModal', { url: 'https://example.com', size: 'large' as 'mini' }),
    ).rejects.toMatchObject({ code: 'INVALID_PARAMS', api: 'biz.util.openModal', field: 'size' });
    expect(transport.invoke).not.toHaveBeenCalled();
  });
});
