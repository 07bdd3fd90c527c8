import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  bizConferenceVideoConfCall,
  bizContactChoose,
  bizUtilOpen,
  bizUtilUploadAttachment,
  deviceNotificationAlert,
  deviceNotificationToast,
  deviceNotificationVibrate,
  runtimePermissionRequestAuthCode,
} from './catalog/apis';
import { createBridge } from './createBridge';
import { DingTalkClient } from './DingTalkClient';
import { DingTalkError } from './DingTalkError';
import { apisNeedingAuth } from './exports/catalogApi';
import type { JsapiConfig, Platform, ReadyInfo, SignatureConfig, Transport } from './types';

const signature: SignatureConfig = {
  agentId: '1001',
  corpId: 'ding-corp',
  timeStamp: '1700000000',
  nonceStr: 'nonce-1',
  signature: 'f'.repeat(40),
};

/** A transport whose configs and calls wait until the test settles them. */
function fakeTransport(platform: Platform = 'pc') {
  const configs: {
    config: JsapiConfig;
    resolve: (ready: ReadyInfo) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const calls: { api: string; params: unknown; resolve: (value: unknown) => void }[] = [];
  const transport: Transport = {
    platform,
    config: (config) =>
      new Promise((resolve, reject) => {
        configs.push({ config, resolve, reject });
      }),
    invoke: (api, params) =>
      new Promise((resolve) => {
        calls.push({ api, params, resolve });
      }),
    on: vi.fn(() => () => {}),
  };
  const ready = (index = configs.length - 1) =>
    configs[index]!.resolve({ authorizedAPIList: configs[index]!.config.jsApiList, unauthorizedAPIList: [] });
  return { transport, configs, calls, ready };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// The client's session is in a chunk of its own: loaded once here, the first call waits no longer.
beforeAll(() => import('./deferred'));

beforeEach(() => {
  vi.stubGlobal('location', { href: 'https://app.example.com/home?tab=1#/list' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DingTalkClient', () => {
  it('is idle and creates no bridge until started', () => {
    const factory = vi.fn(() => createBridge(fakeTransport().transport));
    const client = new DingTalkClient({ bridge: factory, getSignature: async () => signature });
    expect(client.getState()).toBe(client.getInitialState());
    expect(client.getState().status).toBe('idle');
    expect(client.bridge).toBeUndefined();
    expect(client.isSupported(deviceNotificationAlert)).toBe(false);
    expect(factory).not.toHaveBeenCalled();
    client.start();
    client.start();
    expect(factory).toHaveBeenCalledTimes(1);
    expect(client.isSupported(deviceNotificationAlert)).toBe(true);
    expect(client.isSupported(deviceNotificationVibrate)).toBe(false);
  });

  it('signs the URL without its hash once, however many calls wait, and runs them after ready', async () => {
    const fake = fakeTransport();
    const getSignature = vi.fn(async (_url: string) => signature);
    const client = new DingTalkClient({ bridge: createBridge(fake.transport), getSignature });
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getState().status));

    const first = client.call(deviceNotificationToast, { text: 'one' });
    const second = client.call(deviceNotificationToast, { text: 'two' });
    client.start();
    await settle();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(getSignature).toHaveBeenCalledWith('https://app.example.com/home?tab=1');
    expect(fake.configs).toHaveLength(1);
    expect(fake.configs[0]!.config).toEqual({ ...signature, jsApiList: apisNeedingAuth('pc') });
    expect(fake.calls).toHaveLength(0);

    fake.ready();
    await settle();
    expect(fake.calls.map((call) => call.params)).toEqual([{ text: 'one' }, { text: 'two' }]);
    for (const call of fake.calls) call.resolve(undefined);
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    expect(seen).toEqual(['configuring', 'ready']);
    expect(client.getState()).toMatchObject({ status: 'ready', corpId: 'ding-corp', agentId: '1001' });
  });

  it('rejects INVALID_PARAMS at once, even while the handshake is pending', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    client.start();
    await expect(client.call(deviceNotificationToast, { text: 'hi', duration: 9 })).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      field: 'duration',
    });
    expect(fake.calls).toHaveLength(0);
  });

  it('aborts a waiting call without it ever crossing', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    const controller = new AbortController();
    const call = client.call(deviceNotificationToast, { text: 'hi' }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED', api: 'device.notification.toast' });
    await settle();
    fake.ready();
    await settle();
    expect(fake.calls).toHaveLength(0);
  });

  it('re-signs when the URL changed since the last signature, not when only the hash did', async () => {
    const fake = fakeTransport();
    const getSignature = vi.fn(async (_url: string) => signature);
    const client = new DingTalkClient({ bridge: createBridge(fake.transport), getSignature });
    client.start();
    await settle();
    fake.ready();
    await settle();

    vi.stubGlobal('location', { href: 'https://app.example.com/home?tab=1#/detail/3' });
    void client.call(deviceNotificationToast, { text: 'same page' });
    await settle();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(fake.calls).toHaveLength(1);

    vi.stubGlobal('location', { href: 'https://app.example.com/orders' });
    void client.call(deviceNotificationToast, { text: 'new page' });
    await settle();
    expect(client.getState().status).toBe('configuring');
    expect(getSignature).toHaveBeenLastCalledWith('https://app.example.com/orders');
    expect(fake.calls).toHaveLength(1);
    fake.ready();
    await settle();
    expect(fake.calls).toHaveLength(2);
    expect(client.getState().status).toBe('ready');
  });

  it('shares the handshake between clients of one bridge', async () => {
    const fake = fakeTransport();
    const bridge = createBridge(fake.transport);
    const getSignature = vi.fn(async (_url: string) => signature);
    const first = new DingTalkClient({ bridge, getSignature });
    const second = new DingTalkClient({ bridge, getSignature });
    first.start();
    second.start();
    await settle();
    fake.ready();
    await settle();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(fake.configs).toHaveLength(1);
    expect(first.getState().status).toBe('ready');
    expect(second.getState().status).toBe('ready');
  });

  it('is unavailable outside DingTalk and never signs', async () => {
    const getSignature = vi.fn(async () => signature);
    const client = new DingTalkClient({
      bridge: createBridge(fakeTransport('notInDingTalk').transport),
      getSignature,
    });
    await expect(client.call(deviceNotificationToast, { text: 'hi' })).rejects.toMatchObject({
      code: 'NOT_IN_DINGTALK',
    });
    expect(client.getState()).toMatchObject({ status: 'unavailable', platform: 'notInDingTalk' });
    expect(getSignature).not.toHaveBeenCalled();
  });

  it('turns a throwing getSignature into SIGNATURE_FAILED and accepts a numeric agentId', async () => {
    const fake = fakeTransport();
    const getSignature = vi
      .fn<(url: string) => Promise<SignatureConfig>>()
      .mockImplementationOnce(() => {
        throw new TypeError('fetch failed');
      })
      .mockResolvedValue({
        ...signature,
        agentId: 1001 as never,
        timeStamp: 1_700_000_000_000,
        ...({ url: 'https://other.example.com', jsApiList: ['x'] } as object),
      });
    const onError = vi.fn<(error: DingTalkError) => void>();
    const client = new DingTalkClient({ bridge: createBridge(fake.transport), getSignature, onError });
    client.start();
    await vi.waitFor(() =>
      expect(client.getState().error).toMatchObject({ code: 'SIGNATURE_FAILED', api: 'getSignature' }),
    );
    expect(client.getState().error?.message).toContain('getSignature failed: fetch failed.');
    expect(onError).toHaveBeenCalledTimes(1);

    client.retry();
    client.retry();
    await settle();
    expect(getSignature).toHaveBeenCalledTimes(2);
    expect(fake.configs[0]!.config).toEqual({
      ...signature,
      agentId: '1001',
      timeStamp: 1_700_000_000_000,
      jsApiList: apisNeedingAuth('pc'),
    });
  });

  it('keeps one full stop after a message that has its own, and passes SIGNATURE_FAILED through', async () => {
    const own = new DingTalkError('SIGNATURE_FAILED', {
      api: 'getSignature',
      message: 'getSignature: GET /sign answered 403 ORIGIN_NOT_ALLOWED: …',
    });
    const getSignature = vi
      .fn<(url: string) => Promise<SignatureConfig>>()
      .mockRejectedValueOnce(new Error('Add it to allowedOrigins if the app is served from there.'))
      .mockRejectedValueOnce(own);
    const client = new DingTalkClient({ bridge: createBridge(fakeTransport().transport), getSignature });
    client.start();
    await vi.waitFor(() =>
      expect(client.getState().error?.message).toMatch(
        /^getSignature failed: Add it to allowedOrigins if the app is served from there\. It signs the URL /,
      ),
    );
    client.retry();
    await vi.waitFor(() => expect(client.getState().error).toBe(own));
    // A message of the caller's own is kept.
    expect(own.message).toBe('getSignature: GET /sign answered 403 ORIGIN_NOT_ALLOWED: …');
  });

  it('says how old the timestamp is and that config ran twice when a retried config fails', async () => {
    vi.stubGlobal('location', { href: 'https://app.example.com/home' });
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => ({ ...signature, timeStamp: String(Math.round(Date.now() / 1000) - 9000) }),
      jsApiList: ['biz.contact.choose'],
    });
    client.start();
    await settle();
    expect(fake.configs[0]!.config.jsApiList).toEqual(['biz.contact.choose']);
    fake.configs[0]!.reject({ errorCode: '3', errorMessage: 'signature mismatch' });
    await vi.waitFor(() => expect(client.getState().error).toBeDefined());
    const first = client.getState().error!;
    expect(first).toMatchObject({
      code: 'CONFIG_FAILED',
      details: { url: 'https://app.example.com/home', count: 1, agentId: '1001', nonceStr: 'nonce-1' },
    });
    // The diagnosis: two checks apply to this URL, and the timestamp is old.
    expect(first.message).toContain(
      'Check: (1) A server that adds :443 or :80 to the URL signs a different string; sign it exactly as above. (2) The jsapi_ticket may be stale or from another app',
    );
    expect(first.message).not.toContain('(3)');
    expect(first.message).toMatch(/This timeStamp is 900\d s old\./);

    client.retry();
    await settle();
    fake.configs[1]!.reject({ errorCode: '3', errorMessage: 'signature mismatch' });
    await vi.waitFor(() =>
      expect(client.getState().error?.message).toContain('config was called 2 times on this page'),
    );
  });

  it('rejects calls that waited for a failed handshake with its failure, and later calls at once', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    const waiting = client.call(deviceNotificationToast, { text: 'hi' });
    await settle();
    fake.configs[0]!.reject({ errorCode: 52013, errorMessage: 'bad' });
    await expect(waiting).rejects.toMatchObject({ code: 'CONFIG_FAILED', errorCode: 52013 });
    await expect(client.call(deviceNotificationToast, { text: 'again' })).rejects.toBe(
      client.getState().error,
    );
    expect(fake.calls).toHaveLength(0);
  });

  it('skips the handshake without getSignature', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({ bridge: createBridge(fake.transport) });
    const call = client.call(deviceNotificationToast, { text: 'hi' });
    await settle();
    expect(client.getState().status).toBe('ready');
    expect(fake.calls).toHaveLength(1);
    fake.calls[0]!.resolve(undefined);
    await expect(call).resolves.toBeUndefined();
    expect(fake.configs).toHaveLength(0);
  });

  it('takes corpId from the signature once the handshake is done, and says when there is none', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    const call = client.call(runtimePermissionRequestAuthCode, {} as never, {
      fromSignature: ['corpId'],
    });
    await settle();
    expect(fake.calls).toHaveLength(0);
    fake.ready();
    await settle();
    expect(fake.calls).toEqual([
      expect.objectContaining({ api: 'runtime.permission.requestAuthCode', params: { corpId: 'ding-corp' } }),
    ]);
    fake.calls[0]!.resolve({ code: 'auth-code' });
    await expect(call).resolves.toEqual({ code: 'auth-code' });
    // Given params win over the signature.
    const own = client.call(
      runtimePermissionRequestAuthCode,
      { corpId: 'ding-other' },
      { fromSignature: ['corpId'] },
    );
    await settle();
    expect(fake.calls[1]?.params).toEqual({ corpId: 'ding-other' });
    fake.calls[1]!.resolve({ code: 'other' });
    await expect(own).resolves.toEqual({ code: 'other' });

    const unsigned = new DingTalkClient({ bridge: createBridge(fakeTransport().transport) });
    await expect(
      unsigned.call(runtimePermissionRequestAuthCode, {} as never, { fromSignature: ['corpId'] }),
    ).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      api: 'runtime.permission.requestAuthCode',
      field: 'corpId',
    });
  });

  it('fills a key one level down only where params has that level', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    client.start();
    await settle();
    fake.ready();
    await settle();
    const fromSignature = ['space.corpId'] as const;
    void client.call(bizUtilUploadAttachment, { types: ['space'], space: { spaceId: '1001' } } as never, {
      fromSignature,
    });
    void client.call(
      bizUtilUploadAttachment,
      { types: ['photo'], image: { spaceId: '1001' } },
      {
        fromSignature,
      },
    );
    void client.call(
      bizUtilOpen,
      { name: 'profile', params: { id: '0573', corpId: 'ding-other' } },
      { fromSignature: ['params.corpId'] },
    );
    await settle();
    expect(fake.calls.map((call) => call.params)).toEqual([
      { types: ['space'], space: { spaceId: '1001', corpId: 'ding-corp' } },
      { types: ['photo'], image: { spaceId: '1001' } },
      { name: 'profile', params: { id: '0573', corpId: 'ding-other' } },
    ]);
  });

  it('fills a param of another name with a key of the signature', async () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    const fromSignature = ['calleeCorpId=corpId'] as const;
    const meeting = { title: '周会', calleeStaffIds: ['0108'] };
    const call = client.call(bizConferenceVideoConfCall, meeting as never, { fromSignature });
    void client.call(
      bizConferenceVideoConfCall,
      { ...meeting, calleeCorpId: 'ding-other' },
      { fromSignature },
    );
    await settle();
    fake.ready();
    await settle();
    expect(fake.calls.map(({ params }) => params)).toEqual([
      { ...meeting, calleeCorpId: 'ding-corp' },
      { ...meeting, calleeCorpId: 'ding-other' },
    ]);
    fake.calls[0]!.resolve({});
    await expect(call).resolves.toEqual({});

    // Without a signature, the error names the param the call lacks.
    const unsigned = new DingTalkClient({ bridge: createBridge(fakeTransport().transport) });
    await expect(
      unsigned.call(runtimePermissionRequestAuthCode, {} as never, { fromSignature: ['ownCorpId=corpId'] }),
    ).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'ownCorpId', details: { key: 'corpId' } });
  });

  it('rejects UNAUTHORIZED rather than asking for corpId when there is no handshake to authorise', async () => {
    const client = new DingTalkClient({ bridge: createBridge(fakeTransport().transport) });
    await expect(
      client.call(bizContactChoose, {} as never, { fromSignature: ['corpId'] }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED', api: 'biz.contact.choose' });
  });

  it('rejects NOT_IN_DINGTALK outside DingTalk rather than asking for corpId', async () => {
    const fake = fakeTransport('notInDingTalk');
    const client = new DingTalkClient({
      bridge: createBridge(fake.transport),
      getSignature: async () => signature,
    });
    await expect(
      client.call(bizContactChoose, {} as never, { fromSignature: ['corpId'] }),
    ).rejects.toMatchObject({ code: 'NOT_IN_DINGTALK', api: 'biz.contact.choose' });
    expect(fake.calls).toHaveLength(0);
  });

  it('uses the latest options for the next handshake', async () => {
    const fake = fakeTransport();
    const first = vi.fn(async () => signature);
    const later = vi.fn(async () => signature);
    const client = new DingTalkClient({ bridge: createBridge(fake.transport), getSignature: first });
    client.setOptions({ getSignature: later });
    client.start();
    await settle();
    expect(first).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('passes event subscriptions to the bridge', () => {
    const fake = fakeTransport();
    const client = new DingTalkClient({ bridge: createBridge(fake.transport) });
    const listener = () => {};
    client.on('leftBtnClick', listener);
    expect(fake.transport.on).toHaveBeenCalledWith('leftBtnClick', listener);
  });

  it('has bound methods: they work taken off the client', async () => {
    const fake = fakeTransport();
    const { call, start, getState, subscribe, isSupported } = new DingTalkClient({
      bridge: createBridge(fake.transport),
    });
    const seen: string[] = [];
    subscribe(() => seen.push(getState().status));
    start();
    expect(seen).toEqual(['ready']);
    expect(isSupported(deviceNotificationAlert)).toBe(true);
    const answer = call(deviceNotificationToast, { text: 'hi' });
    await settle();
    fake.calls[0]!.resolve(undefined);
    await expect(answer).resolves.toBeUndefined();
  });
});
