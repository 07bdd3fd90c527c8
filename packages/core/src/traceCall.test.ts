import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  bizNavigationSetMenu,
  deviceNotificationToast,
  runtimePermissionRequestAuthCode,
} from './catalog/apis';
import { createBridge } from './createBridge';
import { DingTalkClient } from './DingTalkClient';
import { redact } from './traceCall';
import type { CallEvent, SignatureConfig, Transport } from './types';

const signature: SignatureConfig = {
  agentId: '1001',
  corpId: 'ding-corp',
  timeStamp: '1700000000',
  nonceStr: 'nonce-1',
  signature: 'f'.repeat(40),
};

/** A client on a transport that answers `answer(api)` (a promise that never settles: `hang`). */
function observed(answer: (...args: Parameters<Transport['invoke']>) => unknown, onCall = vi.fn()) {
  const transport: Transport = {
    platform: 'android',
    version: '7.0.0',
    config: async (config) => ({
      authorizedAPIList: config.jsApiList,
      unauthorizedAPIList: ['biz.ding.post'],
    }),
    invoke: async (...args) => answer(...args),
    on: () => () => {},
  };
  const client = new DingTalkClient({
    bridge: createBridge(transport),
    getSignature: async () => signature,
    onCall,
  });
  const events = () => onCall.mock.calls.map(([event]) => event as CallEvent);
  return { client, onCall, events };
}

const hang = () => new Promise(() => {});

beforeEach(() => {
  vi.stubGlobal('location', { href: 'https://app.example.com/home?tab=1#/list' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('tells each handshake step and each call before it starts and after it settles, in order', async () => {
  const { client, events } = observed(() => ({}));
  await client.call(deviceNotificationToast, { text: '已保存' });
  // The call waits for the handshake it started.
  expect(events().map((e) => `${e.phase} ${e.kind} ${e.api}`)).toEqual([
    'before call device.notification.toast',
    'before handshake getSignature',
    'after handshake getSignature',
    'before handshake config',
    'after handshake config',
    'after call device.notification.toast',
  ]);
  const [before, , , configBefore, configAfter, after] = events();
  expect(before).toMatchObject({ params: { text: '已保存' }, id: after?.id });
  expect(after?.start).toBe(before?.start);
  expect(after?.duration).toBeGreaterThanOrEqual(0);
  expect(after).toMatchObject({ result: {} });
  expect(after).not.toHaveProperty('error');
  expect(configBefore?.params).toMatchObject({
    url: 'https://app.example.com/home?tab=1',
    timeStamp: '1700000000',
  });
  expect(configAfter?.result).toEqual({
    authorizedAPIList: expect.arrayContaining(['biz.contact.complexPicker']),
    unauthorizedAPIList: ['biz.ding.post'],
  });
  expect(new Set(events().map((e) => e.id)).size).toBe(3);
});

it("tells each later answer of a listening call, after the app's own onRepeat gets it", async () => {
  let tap: ((raw: unknown) => void) | undefined;
  const { client, events: all } = observed((_api, _params, { onRepeat }) => {
    tap = onRepeat;
    return {};
  });
  const taps: string[] = [];
  const items = [{ id: 'help', text: '帮助' }];
  await client.call(bizNavigationSetMenu, { items }, { onRepeat: ({ id }) => taps.push(id) });
  tap?.({ id: 'help' });
  tap?.({ id: 'help' });
  expect(taps).toEqual(['help', 'help']);
  const events = all().filter((event) => event.api === 'biz.navigation.setMenu');
  expect(events.map((event) => event.phase)).toEqual(['before', 'after', 'repeat', 'repeat']);
  expect(events[2]).toMatchObject({ id: events[0]?.id, result: { id: 'help' } });
  expect(events[2]?.duration).toBeGreaterThanOrEqual(0);
});

it('redacts the signature and the auth code, and the caller still gets them', async () => {
  const { client, events, onCall } = observed(() => ({ code: 'auth-code-1' }));
  const getSignature = vi.fn(async () => ({ ...signature, ticket: 'leaked-ticket' }));
  client.setOptions({ getSignature, onCall });
  await expect(client.call(runtimePermissionRequestAuthCode, { corpId: 'ding-corp' })).resolves.toEqual({
    code: 'auth-code-1',
  });
  const seen = JSON.stringify(events());
  expect(seen).not.toContain('f'.repeat(40));
  expect(seen).not.toContain('auth-code-1');
  const after = events().find((e) => e.phase === 'after' && e.api === 'runtime.permission.requestAuthCode');
  expect(after?.result).toEqual({ code: '[redacted]' });
  const signed = events().find((e) => e.phase === 'after' && e.api === 'getSignature');
  expect(signed?.result).toMatchObject({ signature: '[redacted]', nonceStr: 'nonce-1', corpId: 'ding-corp' });
});

it('redacts only the listed fields of the listed steps', () => {
  expect(redact('config', { signature: 's', nonceStr: 'n', ticket: 't' })).toEqual({
    signature: '[redacted]',
    nonceStr: 'n',
    ticket: '[redacted]',
  });
  expect(redact('biz.util.openLink', { code: 'not a secret here' })).toEqual({ code: 'not a secret here' });
  expect(redact('runtime.permission.requestAuthCode', undefined)).toBeUndefined();
});

it('lets the call go on when the observer throws, and says so on the console', async () => {
  const onCall = vi.fn(() => {
    throw new Error('observer bug');
  });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { client } = observed(() => ({}), onCall);
  await expect(client.call(deviceNotificationToast, { text: 'hi' })).resolves.toEqual({});
  expect(onCall).toHaveBeenCalledTimes(6);
  expect(logged).toHaveBeenCalledWith('dingkit: onCall threw; the call goes on.', expect.any(Error));
});

it('reports a call that was aborted, one that timed out and one with invalid params with their codes', async () => {
  const { client, events } = observed(hang);
  client.start();
  await vi.waitFor(() => expect(client.getState().status).toBe('ready'));
  const controller = new AbortController();
  const aborted = client.call(deviceNotificationToast, { text: 'hi' }, { signal: controller.signal });
  await vi.waitFor(() =>
    expect(events().at(-1)).toMatchObject({ phase: 'before', api: 'device.notification.toast' }),
  );
  controller.abort();
  await expect(aborted).rejects.toMatchObject({ code: 'ABORTED' });
  await expect(client.call(deviceNotificationToast, { text: 'hi' }, { timeoutMs: 20 })).rejects.toMatchObject(
    {
      code: 'TIMEOUT',
    },
  );
  await expect(client.call(deviceNotificationToast, { text: 'hi', duration: 9 })).rejects.toMatchObject({
    code: 'INVALID_PARAMS',
  });
  await vi.waitFor(() =>
    expect(
      events()
        .filter((e) => e.phase === 'after' && e.kind === 'call')
        .map((e) => e.error?.code),
    ).toEqual(['ABORTED', 'TIMEOUT', 'INVALID_PARAMS']),
  );
  // The message of the client's locale is in by the time the caller sees the error.
  expect(events().at(-1)?.error?.message).toMatch(/duration/);
});

it('reports a handshake the client rejected, with the signed URL', async () => {
  const onCall = vi.fn();
  const transport: Transport = {
    platform: 'pc',
    config: () => Promise.reject({ errorCode: 52013, errorMessage: '签名校验失败' }),
    invoke: async () => ({}),
    on: () => () => {},
  };
  const client = new DingTalkClient({
    bridge: createBridge(transport),
    getSignature: async () => signature,
    onCall,
  });
  client.start();
  await vi.waitFor(() => expect(client.getState().status).toBe('error'));
  const after = onCall.mock.calls
    .map(([e]) => e as CallEvent)
    .find((e) => e.api === 'config' && e.phase === 'after');
  expect(after?.error).toMatchObject({ code: 'CONFIG_FAILED', errorCode: 52013 });
  expect(after?.params).toMatchObject({ url: 'https://app.example.com/home?tab=1', signature: '[redacted]' });
});
