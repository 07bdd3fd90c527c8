import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CallObserver } from './CallObserver';
import {
  bizUtilDownloadFile,
  deviceNotificationAlert,
  deviceNotificationConfirm,
  deviceNotificationPrompt,
  deviceNotificationToast,
  runtimePermissionRequestAuthCode,
  runtimePermissionRequestOperateAuthCode,
} from './catalog/apis';
import { createBridge } from './createBridge';
import { DingTalkClient } from './DingTalkClient';
import type { Transport } from './types';

/** A client over a transport whose calls wait for the test. */
function setup(
  getSignature?: () => Promise<{
    agentId: string;
    corpId: string;
    timeStamp: number;
    nonceStr: string;
    signature: string;
  }>,
) {
  const calls: {
    api: string;
    params: Record<string, unknown>;
    signal: AbortSignal;
    progress: (raw: unknown) => void;
    resolve: (value: unknown) => void;
    reject: (raw: unknown) => void;
  }[] = [];
  const transport: Transport = {
    platform: 'pc',
    config: async (config) => ({ authorizedAPIList: config.jsApiList, unauthorizedAPIList: [] }),
    invoke: (api, params, context) =>
      new Promise((resolve, reject) => {
        calls.push({
          api,
          params,
          signal: context.signal,
          progress: (raw) => context.onProgress?.(raw),
          resolve,
          reject,
        });
      }),
    on: () => () => {},
  };
  const client = new DingTalkClient({ bridge: createBridge(transport), getSignature });
  return { client, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// The client's session is in a chunk of its own: loaded once here, the first call waits no longer.
beforeAll(() => import('./deferred'));

describe('CallObserver', () => {
  it('publishes pending, then the result, with defaults merged under the params', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationConfirm, {
      defaults: { message: 'Delete?', buttonLabels: ['Delete', 'Keep'] },
    });
    const statuses: string[] = [];
    observer.subscribe(() => statuses.push(observer.getResult().status));
    const { run } = observer.getResult();

    const result = run({ title: 'Files' });
    await settle();
    expect(observer.getResult()).toMatchObject({ status: 'pending', isPending: true, data: undefined });
    expect(calls[0]!.params).toEqual({
      message: 'Delete?',
      buttonLabels: ['Delete', 'Keep'],
      title: 'Files',
    });
    calls[0]!.resolve({ buttonIndex: 1 });
    await expect(result).resolves.toEqual({ buttonIndex: 1 });
    expect(observer.getResult()).toMatchObject({
      status: 'success',
      isPending: false,
      data: { buttonIndex: 1 },
    });
    expect(statuses).toEqual(['pending', 'success']);
    expect(observer.getResult().run).toBe(run);
  });

  it('follows the latest call when an earlier one settles later', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationPrompt, {
      defaults: { message: 'Name?' },
    });
    const first = observer.run();
    const second = observer.run();
    await settle();
    calls[1]!.resolve({ buttonIndex: 0, value: 'second' });
    await second;
    calls[0]!.resolve({ buttonIndex: 0, value: 'first' });
    await expect(first).resolves.toEqual({ buttonIndex: 0, value: 'first' });
    expect(observer.getResult().data).toEqual({ buttonIndex: 0, value: 'second' });
  });

  it('puts a failure in error; an ignored promise does not leak an unhandled rejection', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationPrompt, {
      defaults: { message: 'Name?' },
    });
    void observer.run();
    await settle();
    calls[0]!.reject({ errorCode: -1, errorMessage: 'user cancelled' });
    await vi.waitFor(() =>
      expect(observer.getResult()).toMatchObject({ status: 'error', error: { code: 'CANCELLED' } }),
    );
  });

  it('publishes INVALID_PARAMS without reaching the transport', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationToast);
    await expect(observer.run({ text: '' })).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'text' });
    expect(observer.getResult().error?.code).toBe('INVALID_PARAMS');
    expect(calls).toHaveLength(0);
  });

  it('reports progress while pending, and cancel() aborts the call and goes back to idle', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, bizUtilDownloadFile);
    const listener = vi.fn();
    observer.subscribe(listener);
    const download = observer.run({ url: 'https://example.com/a.pdf' });
    await settle();
    calls[0]!.progress({ loaded: 50, total: 200 });
    expect(observer.getResult().progress).toEqual({ loaded: 50, total: 200, percent: 25 });
    const published = listener.mock.calls.length;
    observer.cancel();
    expect(listener).toHaveBeenCalledTimes(published + 1);
    await expect(download).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(observer.getResult()).toMatchObject({ status: 'idle', error: undefined, progress: undefined });
  });

  it('cancel() leaves a settled call’s state alone', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, bizUtilDownloadFile);
    const download = observer.run({ url: 'https://example.com/a.pdf' });
    await settle();
    calls[0]!.resolve(true);
    await download;
    observer.cancel();
    expect(observer.getResult()).toMatchObject({ status: 'success', progress: { percent: 100 } });
  });

  it('run(params, { signal }) aborts that call: ABORTED, and the state goes back to idle', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationAlert, { defaults: { message: 'Hi' } });
    const controller = new AbortController();
    const alert = observer.run({}, { signal: controller.signal });
    await settle();
    expect(observer.getResult().status).toBe('pending');
    controller.abort();
    await expect(alert).rejects.toMatchObject({ code: 'ABORTED', api: 'device.notification.alert' });
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(observer.getResult()).toMatchObject({ status: 'idle', error: undefined });
  });

  it('run() with a signal already aborted never reaches the transport', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationAlert, { defaults: { message: 'Hi' } });
    await expect(observer.run({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(calls).toHaveLength(0);
    expect(observer.getResult().status).toBe('idle');
  });

  it('a signal aborts only its own call; a later call is not touched by it', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationPrompt, { defaults: { message: 'Name?' } });
    const controller = new AbortController();
    const first = observer.run({}, { signal: controller.signal });
    const second = observer.run();
    await settle();
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls[1]!.signal.aborted).toBe(false);
    expect(observer.getResult().status).toBe('pending');
    calls[1]!.resolve({ buttonIndex: 0, value: 'Ann' });
    await second;
    expect(observer.getResult()).toMatchObject({ status: 'success', data: { value: 'Ann' } });
  });

  it('run(params, { timeoutMs }) rejects TIMEOUT, even for an API that waits for a person', async () => {
    vi.useFakeTimers();
    try {
      const { client, calls } = setup();
      const observer = new CallObserver(client, deviceNotificationConfirm, {
        defaults: { message: 'Sure?', buttonLabels: ['Yes', 'No'] },
      });
      const confirm = observer.run({}, { timeoutMs: 5000 });
      const outcome = expect(confirm).rejects.toMatchObject({
        code: 'TIMEOUT',
        details: { timeoutMs: 5000 },
      });
      await vi.advanceTimersByTimeAsync(5000);
      await outcome;
      expect(calls[0]!.signal.aborted).toBe(true);
      expect(observer.getResult()).toMatchObject({ status: 'error', error: { code: 'TIMEOUT' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts pending calls on unmount and publishes nothing afterwards', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationAlert, { defaults: { message: 'Hi' } });
    const unmount = observer.mount();
    const listener = vi.fn();
    observer.subscribe(listener);
    const alert = observer.run();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    unmount();
    await expect(alert).rejects.toMatchObject({ code: 'ABORTED' });
    calls[0]!.resolve(undefined);
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(observer.getResult().status).toBe('idle');
  });

  it('reset() goes back to idle and ignores the pending call', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver(client, deviceNotificationAlert, { defaults: { message: 'Hi' } });
    const alert = observer.run();
    await settle();
    observer.reset();
    expect(observer.getResult().status).toBe('idle');
    calls[0]!.resolve(undefined);
    await alert;
    expect(observer.getResult().status).toBe('idle');
  });

  it('takes corpId from the signature once ready, unless given', async () => {
    const signature = { agentId: '7', corpId: 'ding-signed', timeStamp: 1, nonceStr: 'n', signature: 's' };
    const { client, calls } = setup(async () => signature);
    const observer = new CallObserver<
      'runtime.permission.requestOperateAuthCode',
      Record<'corpId' | 'agentId', unknown>
    >(client, runtimePermissionRequestOperateAuthCode, {
      fromSignature: ['corpId', 'agentId'],
    });
    const code = observer.run();
    await settle();
    expect(calls[0]!.params).toEqual({ corpId: 'ding-signed', agentId: '7' });
    calls[0]!.resolve({ code: 'op-1' });
    await expect(code).resolves.toEqual({ code: 'op-1' });

    void observer.run({ corpId: 'ding-other' });
    await settle();
    expect(calls[1]!.params).toEqual({ corpId: 'ding-other', agentId: '7' });
  });

  it('says where corpId comes from when there is no signature', async () => {
    const { client, calls } = setup();
    const observer = new CallObserver<'runtime.permission.requestAuthCode', Record<'corpId', unknown>>(
      client,
      runtimePermissionRequestAuthCode,
      { fromSignature: ['corpId'] },
    );
    await expect(observer.run()).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      field: 'corpId',
      message: expect.stringContaining('Pass it to run(), or give DingTalkProvider a getSignature'),
    });
    expect(calls).toHaveLength(0);
  });
});
