import { DingTalkError } from '@dingkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulateDingTalk } from './emulateDingTalk';
import type { EmulatedDingTalk } from './types';

// These tests speak the wire protocol directly; test/container runs the real dingtalk-jsapi.
const host = 'https://h5.dingtalk.com';
let emulator: EmulatedDingTalk | undefined;
afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
  vi.useRealTimers();
});

// Where dingtalk-jsapi's PC client posts: the top window when framed, else the page itself.
const postTarget = (): Window => (window.top !== window && window.top ? window.top : window);

function request(methodName: string, body: unknown, msgId = Math.floor(Math.random() * 1e9)) {
  const messages: Record<string, unknown>[] = [];
  const listener = (event: MessageEvent) => {
    if (event.origin === host && (event.data as { msgId?: unknown }).msgId === msgId)
      messages.push(event.data);
  };
  window.addEventListener('message', listener);
  postTarget().postMessage(
    { type: 'request', msgId, containerId: 'dingkit-emulator', methodName, body },
    host,
  );
  return {
    messages,
    response: () =>
      vi.waitFor(() => {
        const found = messages.find((m) => m.type === 'response');
        if (!found) throw new Error('no response yet');
        window.removeEventListener('message', listener);
        return found;
      }),
  };
}

describe('pc', () => {
  it('announces the host in window.name and answers requests from the host origin', async () => {
    emulator = emulateDingTalk({
      platform: 'pc',
      version: '7.0.10',
      handle: (method, params) => ({ method, echoed: params.message }),
    });
    expect(JSON.parse(window.name)).toMatchObject({
      containerId: 'dingkit-emulator',
      hostOrigin: host,
      hostVersion: '7.0.10',
    });
    expect(navigator.userAgent).toContain('DingTalk(7.0.10)');
    const { response } = request('device.notification.alert', { message: 'hi' });
    await expect(response()).resolves.toMatchObject({
      type: 'response',
      success: true,
      body: { method: 'device.notification.alert', echoed: 'hi' },
    });
    expect(emulator.requests).toEqual([{ method: 'device.notification.alert', params: { message: 'hi' } }]);
  });

  it('sends per-call events before the response, and failures as success: false', async () => {
    emulator = emulateDingTalk({
      platform: 'pc',
      handle: (_method, _params, { emit }) => {
        emit('progress', { percent: 10 });
        throw new DingTalkError('CANCELLED', { message: 'closed' });
      },
    });
    const { messages, response } = request('biz.util.downloadFile', { url: 'https://a.dingtalk.com/f' });
    await expect(response()).resolves.toMatchObject({
      success: false,
      body: { errorCode: '-1', errorMessage: 'closed' },
    });
    expect(messages.map((m) => [m.type, m.eventName])).toEqual([
      ['event', 'progress'],
      ['response', undefined],
    ]);
  });

  it('answers the handshake from the config option and waits latencyMs', async () => {
    emulator = emulateDingTalk({
      platform: 'pc',
      latencyMs: 200,
      config: { status: 'ready', unauthorizedAPIList: ['biz.ding.post'] },
    });
    const started = Date.now();
    const { response } = request('config', { jsApiList: ['biz.ding.post', 'biz.contact.choose'] });
    await expect(response()).resolves.toMatchObject({
      success: true,
      body: { authorizedAPIList: ['biz.contact.choose'], unauthorizedAPIList: ['biz.ding.post'] },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('rejects a host origin dingtalk-jsapi would ignore', () => {
    expect(() => emulateDingTalk({ platform: 'pc', hostOrigin: 'https://example.com' })).toThrow(
      /dingtalk\.com/,
    );
  });

  it('restores window and navigator on uninstall, and stops answering', async () => {
    const name = window.name;
    const userAgent = navigator.userAgent;
    const post = postTarget().postMessage;
    emulator = emulateDingTalk({ platform: 'pc', legacyPcGlobal: true, latencyMs: 50, handle: () => true });
    expect((window as unknown as { DingTalkPC?: unknown }).DingTalkPC).toBeDefined();
    const { messages } = request('biz.util.openLink', { url: 'https://www.dingtalk.com' });
    emulator.uninstall();
    expect([window.name, navigator.userAgent, postTarget().postMessage]).toEqual([name, userAgent, post]);
    expect((window as unknown as { DingTalkPC?: unknown }).DingTalkPC).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(messages).toEqual([]);
  });
});

describe('mobile', () => {
  it('ios: answers callHandler with errorCode "0" and the result, failures as they were thrown', async () => {
    emulator = emulateDingTalk({
      platform: 'ios',
      version: '7.0.1',
      handle: (method) => {
        if (method === 'biz.util.openLink') throw { errorCode: '-1', errorMessage: 'cancel' };
        return { ok: true };
      },
    });
    expect(navigator.userAgent).toMatch(/iPhone.*DingTalk\/7\.0\.1/);
    const bridge = (
      window as unknown as {
        WebViewJavascriptBridge: {
          callHandler(method: string, params: object, cb: (answer: unknown) => void): void;
        };
      }
    ).WebViewJavascriptBridge;
    const answer = (method: string) =>
      new Promise((resolve) => bridge.callHandler(method, { a: 1, onSuccess: () => {} }, resolve));
    await expect(answer('device.notification.alert')).resolves.toEqual({
      errorCode: '0',
      errorMessage: 'success',
      result: { ok: true },
    });
    await expect(answer('biz.util.openLink')).resolves.toEqual({ errorCode: '-1', errorMessage: 'cancel' });
    // Functions never cross a native bridge.
    expect(emulator.requests[0]).toEqual({ method: 'device.notification.alert', params: { a: 1 } });
  });

  it('android: nuva.require() gives the bridge function, called with service and action', async () => {
    emulator = emulateDingTalk({ platform: 'android', handle: (method) => method });
    const nuva = (
      window as unknown as {
        nuva: {
          require(): (
            ok: (r: unknown) => void,
            fail: (e: unknown) => void,
            service: string,
            action: string,
            params: object,
          ) => void;
        };
      }
    ).nuva;
    const result = await new Promise((resolve, reject) =>
      nuva.require()(resolve, reject, 'device.notification', 'toast', { text: 'x' }),
    );
    expect(result).toBe('device.notification.toast');
    emulator.uninstall();
    expect('nuva' in window || 'WebViewJavascriptBridgeAndroid' in window).toBe(false);
  });

  it('ios: answers again through the handler the page registered under the method', () => {
    emulator = emulateDingTalk({ platform: 'ios', handle: () => ({}) });
    const bridge = (
      window as unknown as {
        WebViewJavascriptBridge: { registerHandler(method: string, handler: (data: unknown) => void): void };
      }
    ).WebViewJavascriptBridge;
    expect(emulator.answerAgain('biz.navigation.setLeft')).toBe(false);
    const taps: unknown[] = [];
    bridge.registerHandler('biz.navigation.setLeft', (data) => taps.push(data));
    expect(emulator.answerAgain('biz.navigation.setLeft')).toBe(true);
    emulator.answerAgain('biz.navigation.setLeft', { tapped: 2 });
    expect(taps).toEqual([{}, { tapped: 2 }]);
  });

  it('android: answers again through the success callback of the latest call', async () => {
    emulator = emulateDingTalk({ platform: 'android', handle: () => ({}) });
    const invoke = (window as unknown as { WebViewJavascriptBridgeAndroid: (...args: unknown[]) => void })
      .WebViewJavascriptBridgeAndroid;
    const first: unknown[] = [];
    const latest: unknown[] = [];
    const answered = (into: unknown[]) =>
      new Promise((resolve) =>
        invoke(
          (r: unknown) => resolve(into.push(r)),
          () => {},
          'biz.navigation',
          'setMenu',
          {},
        ),
      );
    await answered(first);
    await answered(latest);
    expect(emulator.answerAgain('biz.navigation.setMenu', { id: 'share' })).toBe(true);
    expect([first, latest]).toEqual([[{}], [{}, { id: 'share' }]]);
    expect(emulator.answerAgain('biz.navigation.setRight')).toBe(false);
  });

  it('pc: has no later answers (its clicks are events)', () => {
    emulator = emulateDingTalk({ platform: 'pc' });
    expect(emulator.answerAgain('biz.navigation.setLeft')).toBe(false);
  });

  it('delivers page events on document and namespaced ones as dtBizBridgeEvent', () => {
    emulator = emulateDingTalk({ platform: 'ios' });
    const seen: unknown[] = [];
    const onResume = () => seen.push('resume');
    const onBiz = (event: Event) => seen.push((event as CustomEvent).detail);
    document.addEventListener('resume', onResume);
    document.addEventListener('dtBizBridgeEvent', onBiz);
    emulator.emit('resume');
    emulator.emit('biz.chat.onMessage', { id: 1 });
    document.removeEventListener('resume', onResume);
    document.removeEventListener('dtBizBridgeEvent', onBiz);
    expect(seen).toEqual(['resume', { namespace: 'biz.chat', eventName: 'onMessage', data: { id: 1 } }]);
  });
});
