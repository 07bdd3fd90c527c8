import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bizDingPost,
  bizNavigationSetTitle,
  bizUtilDownloadFile,
  bizUtilOpenModal,
  deviceNotificationAlert,
  deviceNotificationConfirm,
  deviceNotificationToast,
} from './catalog/apis';
import { createBridge } from './createBridge';
import { DingTalkError } from './DingTalkError';
import { apisNeedingAuth, catalog } from './exports/catalogApi';
import type { InvokeContext, Platform, Transport } from './types';

function spyTransport(
  platform: Platform = 'pc',
  invoke: Transport['invoke'] = async () => ({ buttonIndex: 0 }),
) {
  const calls: { api: string; params: Record<string, unknown>; context: InvokeContext }[] = [];
  const transport: Transport = {
    platform,
    version: '7.0.0',
    config: vi.fn(async () => ({
      authorizedAPIList: ['biz.contact.choose'],
      unauthorizedAPIList: ['biz.ding.post'],
    })),
    invoke: (api, params, context) => {
      calls.push({ api, params, context });
      return invoke(api, params, context);
    },
    on: vi.fn(() => () => {}),
  };
  return { transport, calls };
}

const confirm = { message: '删除这条记录？', buttonLabels: ['删除', '取消'] };

afterEach(() => {
  vi.useRealTimers();
});

describe('createBridge', () => {
  it('passes a valid call to the transport and resolves with its result', async () => {
    const { transport, calls } = spyTransport();
    const bridge = createBridge(transport);
    await expect(bridge.call(deviceNotificationConfirm, confirm)).resolves.toEqual({ buttonIndex: 0 });
    expect(calls.map((call) => [call.api, call.params])).toEqual([['device.notification.confirm', confirm]]);
  });

  it('rejects bad params with INVALID_PARAMS before the transport', async () => {
    const { transport, calls } = spyTransport();
    const error = await createBridge(transport)
      .call(deviceNotificationToast, { text: 'hi', duration: 9 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_PARAMS',
      api: 'device.notification.toast',
      field: 'duration',
    });
    expect(calls).toHaveLength(0);
  });

  it('rejects NOT_IN_DINGTALK and UNSUPPORTED at once, without crossing', async () => {
    const outside = spyTransport('notInDingTalk');
    await expect(
      createBridge(outside.transport).call(deviceNotificationAlert, { message: 'x' }),
    ).rejects.toMatchObject({
      code: 'NOT_IN_DINGTALK',
    });
    await expect(
      createBridge(outside.transport).config({
        agentId: '1',
        corpId: 'c',
        timeStamp: 1,
        nonceStr: 'n',
        signature: 's',
        jsApiList: [],
      }),
    ).rejects.toMatchObject({ code: 'NOT_IN_DINGTALK' });
    const android = spyTransport('android');
    await expect(
      createBridge(android.transport).call(bizUtilOpenModal, { url: 'https://a.example.com/m' }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED', api: 'biz.util.openModal' });
    expect([...outside.calls, ...android.calls]).toHaveLength(0);
  });

  it('rejects APIs that config left unauthorised with UNAUTHORIZED', async () => {
    const { transport, calls } = spyTransport();
    const bridge = createBridge(transport);
    await bridge.config({
      agentId: '1',
      corpId: 'c',
      timeStamp: 1,
      nonceStr: 'n',
      signature: 's',
      jsApiList: [],
    });
    const post = {
      users: ['100'],
      corpId: 'c',
      type: 2 as const,
      alertType: 2 as const,
      alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2026-11-25 09:00' },
      text: '请审批',
      attachment: { title: '报销单', url: 'https://a.example.com/1' },
    };
    await expect(bridge.call(bizDingPost, post)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(calls).toHaveLength(0);
  });

  it('maps a client failure to CONFIG_FAILED for config', async () => {
    const { transport } = spyTransport();
    transport.config = async () => Promise.reject({ errorCode: 52013, errorMessage: '签名校验失败' });
    await expect(
      createBridge(transport).config({
        agentId: '1',
        corpId: 'c',
        timeStamp: 1,
        nonceStr: 'n',
        signature: 's',
        jsApiList: [],
      }),
    ).rejects.toMatchObject({ code: 'CONFIG_FAILED', errorCode: 52013 });
  });

  it('times out calls that answer by themselves after 10 s by default, and tells the transport', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const { transport } = spyTransport('pc', (_api, _params, { signal }) => {
      seen = signal;
      return new Promise(() => {});
    });
    const pending = createBridge(transport).call(bizNavigationSetTitle, { title: 'x' });
    const outcome = pending.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toMatchObject({ code: 'TIMEOUT', details: { timeoutMs: 10_000 } });
    expect(seen?.aborted).toBe(true);
  });

  it('waits for a person without a default timeout, but honours timeoutMs', async () => {
    vi.useFakeTimers();
    const { transport } = spyTransport('pc', () => new Promise(() => {}));
    const bridge = createBridge(transport);
    let settled = false;
    void bridge.call(deviceNotificationConfirm, confirm).catch(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(settled).toBe(false);
    const timed = bridge
      .call(deviceNotificationConfirm, confirm, { timeoutMs: 500 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(await timed).toMatchObject({ code: 'TIMEOUT' });
  });

  it('rejects ABORTED when the signal fires, before or during the call', async () => {
    const { transport, calls } = spyTransport('pc', () => new Promise(() => {}));
    const bridge = createBridge(transport);
    await expect(
      bridge.call(deviceNotificationConfirm, confirm, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls).toHaveLength(0);
    const controller = new AbortController();
    const pending = bridge.call(deviceNotificationConfirm, confirm, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(DingTalkError);
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls[0]?.context.signal.aborted).toBe(true);
  });

  it('normalises download progress, ends it at 100% and stops reporting after the call settles', async () => {
    let report: ((raw: unknown) => void) | undefined;
    const { transport } = spyTransport('pc', async (_api, _params, { onProgress }) => {
      report = onProgress;
      onProgress?.({ loaded: 25, total: 75 });
      onProgress?.('not progress');
      return true;
    });
    const seen: unknown[] = [];
    await expect(
      createBridge(transport).call(
        bizUtilDownloadFile,
        { url: '//static.dingtalk.com/a.jpg' },
        { onProgress: (p) => seen.push(p) },
      ),
    ).resolves.toBeUndefined();
    expect(seen).toEqual([
      { percent: 33, loaded: 25, total: 75 },
      { percent: 100, loaded: 75, total: 75 },
    ]);
    report?.({ loaded: 75, total: 75 });
    expect(seen).toHaveLength(2);
  });

  it.each([[true], [{}], [undefined]])(
    'resolves a finished download answered %o with nothing',
    async (answer) => {
      const { transport } = spyTransport('pc', async (_api, _params, { onProgress }) => {
        onProgress?.({ percent: 100 });
        return answer;
      });
      const seen: unknown[] = [];
      await expect(
        createBridge(transport).call(
          bizUtilDownloadFile,
          { url: 'https://static.dingtalk.com/a.pdf' },
          { onProgress: (p) => seen.push(p) },
        ),
      ).resolves.toBeUndefined();
      // The client reached 100% itself: no second report.
      expect(seen).toEqual([{ percent: 100 }]);
    },
  );

  it('hands later answers to onRepeat after the call resolved, until the signal aborts', async () => {
    const { transport, calls } = spyTransport('ios', async () => ({}));
    const bridge = createBridge(transport, { catalog });
    const controller = new AbortController();
    const taps: unknown[] = [];
    await expect(
      bridge.call(
        'biz.navigation.setMenu',
        { items: [{ id: 'share', text: '分享' }] },
        { signal: controller.signal, onRepeat: (item) => taps.push(item.id) },
      ),
    ).resolves.toEqual({});
    const { onRepeat, signal } = calls[0]!.context;
    onRepeat?.({ id: 'share' });
    onRepeat?.({ id: 'share' });
    expect(taps).toEqual(['share', 'share']);
    expect(signal.aborted).toBe(false);

    // Aborting after the answer settles nothing more: it stops the listening.
    controller.abort();
    expect(signal.aborted).toBe(true);
    onRepeat?.({ id: 'share' });
    expect(taps).toHaveLength(2);
  });

  it('stops the listening of a call that failed, and gives the transport no onRepeat unasked', async () => {
    const { transport, calls } = spyTransport('ios', async () => Promise.reject({ errorCode: '9' }));
    const bridge = createBridge(transport, { catalog });
    const taps: unknown[] = [];
    await expect(
      bridge.call(
        'biz.navigation.setRight',
        { control: true, text: '保存' },
        { onRepeat: (tap) => taps.push(tap) },
      ),
    ).rejects.toMatchObject({ code: 'API_FAILED' });
    expect(calls[0]!.context.signal.aborted).toBe(true);
    calls[0]!.context.onRepeat?.({});
    expect(taps).toEqual([]);

    await bridge.call(deviceNotificationConfirm, confirm).catch(() => {});
    expect(calls[1]!.context.onRepeat).toBeUndefined();
  });

  it('turns a transport that throws synchronously into a rejection', async () => {
    const { transport } = spyTransport('pc', () => {
      throw { errorCode: '-1' };
    });
    await expect(createBridge(transport).call(deviceNotificationConfirm, confirm)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('resolves a name through the catalog it is given, and checks a name it lacks as an unknown API', async () => {
    const android = spyTransport('android');
    await expect(
      createBridge(android.transport, { catalog }).call('biz.util.openModal', {
        url: 'https://a.example.com/m',
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED', api: 'biz.util.openModal' });
    await expect(
      createBridge(android.transport, { catalog }).call('device.notification.toast', {
        text: 'hi',
        duration: 9,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'duration' });
    expect(android.calls).toHaveLength(0);
    // Without a catalog a name is an API it does not know: params must be an object, nothing more.
    await createBridge(android.transport).call('biz.util.openModal', { url: 'https://a.example.com/m' });
    expect(android.calls.map((call) => call.api)).toEqual(['biz.util.openModal']);
    await expect(
      createBridge(android.transport).call('biz.util.somethingNew' as never, 'x' as never),
    ).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      details: { reason: 'params', received: 'x' },
    });
  });

  it('hands the transport the descriptor, for params sent the way the platform expects', async () => {
    const { transport, calls } = spyTransport();
    await createBridge(transport).call(deviceNotificationConfirm, confirm);
    expect(calls[0]!.context.api).toBe(deviceNotificationConfirm);
  });

  it('checks the signature config gets, sends only its fields and the default jsApiList', async () => {
    const { transport } = spyTransport();
    const bridge = createBridge(transport);
    const signed = { agentId: 1001 as never, corpId: 'c', timeStamp: 1, nonceStr: 'n', signature: 's' };
    await bridge.config({ ...signed, ...({ url: 'https://other.example.com' } as object) });
    expect(transport.config).toHaveBeenCalledWith({
      ...signed,
      agentId: '1001',
      jsApiList: apisNeedingAuth('pc'),
    });
    await expect(bridge.config({ ...signed, corpId: '', signature: 7 as never })).rejects.toMatchObject({
      code: 'SIGNATURE_FAILED',
      api: 'getSignature',
      field: 'corpId',
      details: { reason: 'malformed', fields: ['corpId', 'signature'] },
    });
    expect(transport.config).toHaveBeenCalledTimes(1);
  });

  it('says what was signed when the client rejects config, and how often config ran', async () => {
    vi.stubGlobal('location', { href: 'https://app.example.com/home?tab=1#/list' });
    const { transport } = spyTransport();
    transport.config = async () => Promise.reject({ errorCode: 52013, errorMessage: '签名校验失败' });
    const bridge = createBridge(transport);
    const signed = { agentId: '1', corpId: 'c', timeStamp: 1, nonceStr: 'n', signature: 's' };
    await bridge.config(signed).catch(() => {});
    await expect(bridge.config(signed)).rejects.toMatchObject({
      code: 'CONFIG_FAILED',
      errorCode: 52013,
      platformMessage: '签名校验失败',
      details: {
        url: 'https://app.example.com/home?tab=1',
        href: 'https://app.example.com/home?tab=1#/list',
        timeStamp: 1,
        nonceStr: 'n',
        agentId: '1',
        count: 2,
      },
    });
    vi.unstubAllGlobals();
  });

  it('puts the message in before rejecting, with the localize it is given', async () => {
    const { transport } = spyTransport('notInDingTalk');
    const seen: unknown[] = [];
    const bridge = createBridge(transport, {}, async (error) => {
      seen.push(error);
      (error as DingTalkError).message = 'localised';
      return error;
    });
    const error = await bridge.call(deviceNotificationAlert, { message: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_IN_DINGTALK', message: 'localised' });
    expect(seen).toEqual([error]);
  });
});
