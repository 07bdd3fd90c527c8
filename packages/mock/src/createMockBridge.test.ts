import { DingTalkError, isDingTalkError } from '@dingkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockBridge } from './createMockBridge';
import { mockOrg } from './mockOrg';

const config = {
  agentId: '1001',
  corpId: mockOrg.corpId,
  timeStamp: 1700000000,
  nonceStr: 'nonce',
  signature: 'sig',
  jsApiList: ['biz.contact.choose', 'biz.ding.post'],
};

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to reject');
    },
    (error: unknown) => error as DingTalkError,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('createMockBridge', () => {
  it('has a fixture organisation of at least 3 departments and 30 people with local avatars', () => {
    const { controller } = createMockBridge();
    expect(controller.org.departments.length).toBeGreaterThanOrEqual(3);
    expect(controller.org.users.length).toBeGreaterThanOrEqual(30);
    for (const user of controller.org.users) {
      expect(user.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(user.avatar).toMatch(/^data:image\/svg\+xml/);
    }
    expect(new Set(controller.org.users.map((user) => user.emplId)).size).toBe(controller.org.users.length);
  });

  it('answers APIs that need nobody with realistic defaults, and logs each call', async () => {
    const { bridge, controller } = createMockBridge();
    const { code } = await bridge.call('runtime.permission.requestAuthCode', { corpId: mockOrg.corpId });
    expect(code).toMatch(/^mock/);
    expect(controller.exchangeAuthCode(code)?.name).toBe('张伟');
    expect(controller.exchangeAuthCode(code)).toBeUndefined();

    expect(controller.calls).toHaveLength(1);
    const [call] = controller.calls;
    expect(call).toMatchObject({
      id: 1,
      api: 'runtime.permission.requestAuthCode',
      params: { corpId: mockOrg.corpId },
      status: 'resolved',
      result: { code },
    });
    expect(call?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('signs in as the person given by userId', async () => {
    const { bridge, controller } = createMockBridge({ userId: '0110' });
    const { code } = await bridge.call('runtime.permission.requestAuthCode', { corpId: mockOrg.corpId });
    expect(controller.exchangeAuthCode(code)).toMatchObject({ emplId: '0110', name: '吴敏' });
  });

  it('keeps a dialog pending until the controller answers it', async () => {
    const { bridge, controller } = createMockBridge();
    const confirm = bridge.call('device.notification.confirm', {
      message: '删除这条审批？',
      buttonLabels: ['删除', '取消'],
    });
    const pending = await controller.waitForPending('device.notification.confirm');
    expect(pending.params).toEqual({ message: '删除这条审批？', buttonLabels: ['删除', '取消'] });
    expect(controller.calls[0]?.status).toBe('pending');
    pending.resolve({ buttonIndex: 1 });
    await expect(confirm).resolves.toEqual({ buttonIndex: 1 });
    expect(controller.pending).toEqual([]);
    expect(controller.calls[0]).toMatchObject({ status: 'resolved', result: { buttonIndex: 1 } });
  });

  it('gives a call one id in the log, in pending and in its handler, with calls in flight at once', async () => {
    const { bridge, controller } = createMockBridge({ latencyMs: 5 });
    const handled: number[] = [];
    controller.respond('device.notification.prompt', (_params, { id, next }) => {
      handled.push(id);
      return next();
    });
    const confirm = bridge.call('device.notification.confirm', { message: '一' });
    const invalid = bridge.call('device.notification.toast', { text: 'x', duration: 10 });
    const prompt = bridge.call('device.notification.prompt', { message: '二' });
    const same = { message: '三' };
    const alerts = [
      bridge.call('device.notification.alert', same),
      bridge.call('device.notification.alert', same),
    ];
    await rejection(invalid);
    await vi.waitFor(() => expect(controller.pending).toHaveLength(4));

    const idOf = (api: string, message: string) =>
      controller.calls.find(
        (call) => call.api === api && (call.params as { message: string }).message === message,
      )?.id;
    expect(controller.calls.map((call) => call.id)).toEqual([1, 2, 3, 4, 5]);
    expect(controller.pending.map((call) => [call.id, call.api])).toEqual([
      [idOf('device.notification.confirm', '一'), 'device.notification.confirm'],
      [idOf('device.notification.prompt', '二'), 'device.notification.prompt'],
      [4, 'device.notification.alert'],
      [5, 'device.notification.alert'],
    ]);
    expect(handled).toEqual([3]);

    for (const call of controller.pending) call.resolve(call.id as never);
    await expect(confirm).resolves.toBe(1);
    await expect(prompt).resolves.toBe(3);
    await expect(Promise.all(alerts)).resolves.toEqual([4, 5]);
    expect(controller.calls.map((call) => call.result)).toEqual([1, undefined, 3, 4, 5]);
  });

  it('stops waiting for a pending call when the signal aborts', async () => {
    const { bridge, controller } = createMockBridge();
    const gaveUp = new AbortController();
    const waiting = rejection(
      controller.waitForPending('device.notification.alert', { signal: gaveUp.signal }),
    );
    gaveUp.abort(new Error('no alert came'));
    expect((await waiting).message).toBe('no alert came');
    await expect(
      controller.waitForPending('device.notification.alert', { signal: AbortSignal.abort() }),
    ).rejects.toBeDefined();

    const alert = bridge.call('device.notification.alert', { message: 'x' });
    (
      await controller.waitForPending('device.notification.alert', { signal: new AbortController().signal })
    ).resolve(undefined);
    await expect(alert).resolves.toBeUndefined();
  });

  it('forgets a waiter once it has its call: its signal no longer holds a listener', async () => {
    const { bridge, controller } = createMockBridge();
    const { signal } = new AbortController();
    const added = vi.spyOn(signal, 'addEventListener');
    const removed = vi.spyOn(signal, 'removeEventListener');
    const waiting = controller.waitForPending('device.notification.alert', { signal });
    const alert = bridge.call('device.notification.alert', { message: 'x' });
    (await waiting).resolve(undefined);
    await alert;
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).toHaveBeenCalledWith('abort', added.mock.calls[0]?.[1]);
  });

  it('rejects CANCELLED when a pending dialog is cancelled', async () => {
    const { bridge, controller } = createMockBridge();
    const alert = bridge.call('device.notification.alert', { message: 'hi' });
    (await controller.waitForPending()).cancel();
    const error = await rejection(alert);
    expect(error.code).toBe('CANCELLED');
    expect(controller.calls[0]?.error?.code).toBe('CANCELLED');
  });

  it('answers with respond (a value or a handler) before any dialog', async () => {
    const { bridge, controller } = createMockBridge();
    const picked = [{ name: '王芳', avatar: '', emplId: '0102' }];
    controller.respond('biz.contact.choose', picked);
    await expect(bridge.call('biz.contact.choose', { corpId: mockOrg.corpId })).resolves.toEqual(picked);

    const handler = vi.fn((params: { message: string }) => ({ buttonIndex: params.message.length }));
    const remove = controller.respond('device.notification.confirm', handler);
    await expect(bridge.call('device.notification.confirm', { message: 'abc' })).resolves.toEqual({
      buttonIndex: 3,
    });
    expect(handler).toHaveBeenCalledWith({ message: 'abc' }, expect.objectContaining({ id: 2 }));

    remove();
    const next = bridge.call('device.notification.confirm', { message: 'abc' });
    (await controller.waitForPending('device.notification.confirm')).resolve({ buttonIndex: 0 });
    await expect(next).resolves.toEqual({ buttonIndex: 0 });
  });

  it("lets a handler fall through to the mock's own behaviour with next()", async () => {
    const { bridge, controller } = createMockBridge();
    const seen: string[] = [];
    controller.respond('device.notification.prompt', async (params, { next }) => {
      seen.push(params.message);
      return next();
    });
    const prompt = bridge.call('device.notification.prompt', { message: '你的名字？' });
    (await controller.waitForPending('device.notification.prompt')).resolve({
      buttonIndex: 0,
      value: '王芳',
    });
    await expect(prompt).resolves.toEqual({ buttonIndex: 0, value: '王芳' });
    expect(seen).toEqual(['你的名字？']);
  });

  it('fails calls with a code, a client failure body or an error', async () => {
    const { bridge, controller } = createMockBridge();
    controller.fail('biz.contact.choose', 'CANCELLED');
    expect((await rejection(bridge.call('biz.contact.choose', { corpId: 'c' }))).code).toBe('CANCELLED');

    controller.fail('biz.ding.post', { errorCode: 40001, errorMessage: '无权限' });
    const dingError = await rejection(
      bridge.call('biz.ding.post', {
        users: ['0101'],
        corpId: 'c',
        type: 2,
        alertType: 2,
        alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2026-01-01 08:00' },
        attachment: { title: 't', url: 'https://example.com' },
        text: 'x',
      }),
    );
    expect(dingError).toMatchObject({ code: 'API_FAILED', errorCode: 40001, platformMessage: '无权限' });

    controller.fail('biz.util.openLink', 'TIMEOUT');
    const timeout = await rejection(bridge.call('biz.util.openLink', { url: 'https://example.com' }));
    expect(timeout).toBeInstanceOf(DingTalkError);
    expect(timeout.code).toBe('TIMEOUT');
    expect(timeout.message).toContain('controller.reset()');
  });

  it('emits client events to the listeners of bridge.on', () => {
    const { bridge, controller } = createMockBridge();
    const listener = vi.fn();
    const off = bridge.on('leftBtnClick', listener);
    controller.emit('leftBtnClick');
    off();
    controller.emit('leftBtnClick');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reset forgets calls and scripts and cancels what is pending, keeping the options’ scripts', async () => {
    const { bridge, controller } = createMockBridge({
      respond: { 'device.notification.alert': undefined },
    });
    controller.respond('device.notification.confirm', { buttonIndex: 0 });
    await bridge.call('device.notification.confirm', { message: 'x' });
    const prompt = bridge.call('device.notification.prompt', { message: 'x' });
    await controller.waitForPending();
    const changes = vi.fn();
    controller.subscribe(changes);
    controller.reset();
    expect((await rejection(prompt)).code).toBe('CANCELLED');
    expect(controller.calls).toEqual([]);
    expect(controller.pending).toEqual([]);
    expect(changes).toHaveBeenCalled();

    const again = bridge.call('device.notification.confirm', { message: 'x' });
    expect((await controller.waitForPending()).api).toBe('device.notification.confirm');
    controller.reset();
    await rejection(again);
    await expect(bridge.call('device.notification.alert', { message: 'x' })).resolves.toBeUndefined();
  });

  it.each([
    ['ios', 'iOS', 'Apple'],
    ['android', 'Android', 'Xiaomi'],
    ['harmony', 'HarmonyOS', 'HUAWEI'],
  ] as const)(
    'describes a plausible %s phone for getSystemInfo, without a dialog',
    async (platform, name, brand) => {
      const { bridge, controller } = createMockBridge({ platform, version: '7.6.0' });
      const info = await bridge.call('getSystemInfo', {});
      expect(info).toMatchObject({
        app: 'DingTalk',
        platform: name,
        brand,
        version: '7.6.0',
        orientation: 0,
      });
      expect(info.screenWidth).toBeGreaterThan(0);
      expect(info.windowHeight).toBeLessThan(info.screenHeight ?? 0);
      expect(info.statusBarHeight).toBeGreaterThan(0);
      expect(info.titleBarHeight).toBeGreaterThan(0);
      expect(controller.pending).toEqual([]);
      // The legacy API the newer name calls in the container describes the same phone.
      expect(await bridge.call('device.base.getPhoneInfo', {})).toMatchObject({
        ...info,
        netInfo: 'wifi',
        operatorType: '中国移动',
      });
    },
  );

  it('answers the listening call of an API again, until its signal aborts or a later call takes over', async () => {
    const { bridge, controller } = createMockBridge({ platform: 'ios' });
    expect(controller.answerAgain('biz.navigation.setLeft')).toBe(false);
    const back = new AbortController();
    const taps: string[] = [];
    await bridge.call(
      'biz.navigation.setLeft',
      { control: true, text: '返回' },
      { signal: back.signal, onRepeat: () => taps.push('back') },
    );
    expect(controller.answerAgain('biz.navigation.setLeft')).toBe(true);
    expect(taps).toEqual(['back']);

    const items = [{ id: 'share', text: '分享' }];
    await bridge.call('biz.navigation.setMenu', { items }, { onRepeat: ({ id }) => taps.push(`old ${id}`) });
    await bridge.call('biz.navigation.setMenu', { items }, { onRepeat: ({ id }) => taps.push(id) });
    controller.answerAgain('biz.navigation.setMenu', { id: 'share' });
    expect(taps).toEqual(['back', 'share']);

    back.abort();
    expect(controller.answerAgain('biz.navigation.setLeft')).toBe(false);
    expect(taps).toEqual(['back', 'share']);
    // The log keeps each call's later answers: the taps the page got.
    expect(controller.calls.map(({ api, repeats }) => [api, repeats])).toEqual([
      ['biz.navigation.setLeft', [{}]],
      ['biz.navigation.setMenu', undefined],
      ['biz.navigation.setMenu', [{ id: 'share' }]],
    ]);
  });

  it('rejects UNSUPPORTED for APIs the official table marks unsupported on the platform', async () => {
    const { bridge, controller } = createMockBridge({ platform: 'ios' });
    const error = await rejection(bridge.call('biz.util.openModal', { url: 'https://example.com' }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('ios');
    expect(controller.pending).toEqual([]);
    expect(controller.calls[0]).toMatchObject({ api: 'biz.util.openModal', status: 'rejected' });
    expect(controller.calls[0]?.error?.code).toBe('UNSUPPORTED');

    const android = createMockBridge({ platform: 'android' });
    expect((await rejection(android.bridge.call('biz.contact.choose', { corpId: 'c' }))).code).toBe(
      'UNSUPPORTED',
    );
    // Supported on every platform.
    await expect(bridge.call('device.notification.toast', { text: 'ok' })).resolves.toBeUndefined();
  });

  it('rejects NOT_IN_DINGTALK outside DingTalk, config included', async () => {
    const { bridge, controller } = createMockBridge({ platform: 'notInDingTalk' });
    expect(bridge.version).toBeUndefined();
    expect((await rejection(bridge.config(config))).code).toBe('NOT_IN_DINGTALK');
    expect((await rejection(bridge.call('device.notification.alert', { message: 'x' }))).code).toBe(
      'NOT_IN_DINGTALK',
    );
    expect(controller.calls.map((call) => call.error?.code)).toEqual(['NOT_IN_DINGTALK', 'NOT_IN_DINGTALK']);
  });

  it('derives the ready lists from jsApiList, and then rejects UNAUTHORIZED APIs', async () => {
    const { bridge } = createMockBridge();
    await expect(bridge.config(config)).resolves.toEqual({
      authorizedAPIList: ['biz.contact.choose', 'biz.ding.post'],
      unauthorizedAPIList: [],
    });

    const denied = createMockBridge({
      config: { outcome: 'ready', unauthorizedAPIList: ['biz.contact.choose'] },
    });
    await expect(denied.bridge.config(config)).resolves.toEqual({
      authorizedAPIList: ['biz.ding.post'],
      unauthorizedAPIList: ['biz.contact.choose'],
    });
    const error = await rejection(denied.bridge.call('biz.contact.choose', { corpId: 'c' }));
    expect(error.code).toBe('UNAUTHORIZED');
  });

  it('fails config with the scripted client error', async () => {
    const { bridge, controller } = createMockBridge({ config: { outcome: 'error', errorCode: 3 } });
    const error = await rejection(bridge.config(config));
    expect(error).toMatchObject({ code: 'CONFIG_FAILED', errorCode: 3, platformMessage: '签名校验失败' });
    expect(controller.calls[0]).toMatchObject({ api: 'config', status: 'rejected' });
  });

  it('answers after latencyMs', async () => {
    vi.useFakeTimers();
    const { bridge, controller } = createMockBridge({ latencyMs: 300 });
    const settled = vi.fn();
    void bridge.call('biz.util.openLink', { url: 'https://example.com' }).then(settled);
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalled();
    expect(controller.calls[0]?.durationMs).toBeGreaterThanOrEqual(300);
  });

  it('times out a dialog nobody answers when the call sets timeoutMs, and drops it from pending', async () => {
    vi.useFakeTimers();
    const { bridge, controller } = createMockBridge();
    const alert = rejection(bridge.call('device.notification.alert', { message: 'x' }, { timeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect((await alert).code).toBe('TIMEOUT');
    expect(controller.pending).toEqual([]);
  });

  it('aborts a pending dialog with the caller’s signal', async () => {
    const { bridge, controller } = createMockBridge();
    const abort = new AbortController();
    const choose = rejection(bridge.call('biz.contact.choose', { corpId: 'c' }, { signal: abort.signal }));
    await controller.waitForPending();
    abort.abort();
    expect((await choose).code).toBe('ABORTED');
    expect(controller.pending).toEqual([]);
  });

  it('simulates a download with progress, then knows the file is there', async () => {
    vi.useFakeTimers();
    const { bridge, controller } = createMockBridge({ downloadMs: 1000 });
    const url = 'https://static.example.com/%E6%8A%A5%E5%91%8A.pdf';
    const percents: number[] = [];
    const download = bridge.call(
      'biz.util.downloadFile',
      { url, name: '季度报告.pdf' },
      { onProgress: (progress) => percents.push(progress.percent) },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.pending[0]).toMatchObject({ api: 'biz.util.downloadFile', kind: 'transfer' });
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.pending[0]?.progress?.percent).toBe(50);
    await vi.advanceTimersByTimeAsync(500);
    // Resolved with nothing, as the bridge resolves every client's answer (`true`, `{}`, nothing).
    await expect(download).resolves.toBeUndefined();
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents.filter((percent) => !Number.isInteger(percent))).toEqual([]);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.length).toBe(11);

    await expect(
      bridge.call('biz.util.isLocalFileExist', { params: [{ url }, { url: 'https://example.com/x' }] }),
    ).resolves.toEqual([
      { url, path: 'C:\\Users\\dingtalk\\Downloads\\季度报告.pdf', isExist: true },
      { url: 'https://example.com/x', path: '', isExist: false },
    ]);
    // The mock answers `true`, as the reference shows; the call resolves with nothing, as on DingTalk.
    await expect(bridge.call('biz.util.openLocalFile', { url })).resolves.toBeUndefined();
    expect((await rejection(bridge.call('biz.util.openLocalFile', { url: 'https://x.test/y' }))).code).toBe(
      'API_FAILED',
    );
  });

  it('cancels a download: CANCELLED, no more progress', async () => {
    vi.useFakeTimers();
    const { bridge, controller } = createMockBridge({ downloadMs: 1000 });
    const onProgress = vi.fn();
    const download = rejection(
      bridge.call('biz.util.downloadFile', { url: 'https://x.test/a.zip' }, { onProgress }),
    );
    await vi.advanceTimersByTimeAsync(300);
    controller.pending[0]?.cancel();
    const reported = onProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect((await download).code).toBe('CANCELLED');
    expect(onProgress).toHaveBeenCalledTimes(reported);
    await expect(
      bridge.call('biz.util.isLocalFileExist', { params: [{ url: 'https://x.test/a.zip' }] }),
    ).resolves.toEqual([{ url: 'https://x.test/a.zip', path: '', isExist: false }]);
  });

  it('shows display APIs to an attached host instead of answering them itself', async () => {
    const { bridge, controller } = createMockBridge();
    await expect(bridge.call('device.notification.toast', { text: 'a' })).resolves.toBeUndefined();
    const detach = controller.attachHost();
    expect(controller.hostAttached).toBe(true);
    const toast = bridge.call('device.notification.toast', { text: 'b', type: 'success' });
    const shown = await controller.waitForPending('device.notification.toast');
    expect(shown.kind).toBe('display');
    shown.resolve(undefined);
    await expect(toast).resolves.toBeUndefined();
    detach();
    detach();
    expect(controller.hostAttached).toBe(false);
  });

  it('keeps domainStorage items until reset', async () => {
    const { bridge, controller } = createMockBridge({ platform: 'android' });
    await bridge.call('util.domainStorage.setItem', { name: 'draft', value: '周报' });
    await expect(bridge.call('util.domainStorage.getItem', { name: 'draft' })).resolves.toEqual({
      value: '周报',
    });
    controller.reset();
    await expect(bridge.call('util.domainStorage.getItem', { name: 'draft' })).resolves.toEqual({
      value: '',
    });
  });

  it('records the error the app got for errors raised before the transport', async () => {
    const { bridge, controller } = createMockBridge({ platform: 'android' });
    const error = await rejection(bridge.call('biz.util.openSlidePanel', { url: 'https://example.com' }));
    expect(isDingTalkError(error, 'UNSUPPORTED')).toBe(true);
    expect(controller.calls[0]?.error).toBe(error);
  });
});
