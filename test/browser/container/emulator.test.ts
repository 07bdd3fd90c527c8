import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { afterEach, expect, it, vi } from 'vitest';

// In Vitest's browser mode the test page is a same-origin frame of the runner page, as a
// micro-app is a frame of the PC client: dingtalk-jsapi posts to window.top.
const host = 'https://h5.dingtalk.com';
let emulator: EmulatedDingTalk | undefined;
afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

it('intercepts the requests posted to the top window and answers in this frame', async () => {
  expect(window.top).not.toBe(window);
  const top = window.top as Window;
  const original = top.postMessage;
  emulator = emulateDingTalk({ platform: 'pc', handle: (method) => `answered ${method}` });
  expect(JSON.parse(window.name).corsIframe).toBeUndefined();
  expect(top.postMessage).not.toBe(original);

  const replies: unknown[] = [];
  const listener = (event: MessageEvent) => {
    if (event.origin === host) replies.push(event.data);
  };
  window.addEventListener('message', listener);
  top.postMessage(
    { type: 'request', msgId: 7, containerId: 'dingkit-emulator', methodName: 'biz.util.openLink', body: {} },
    host,
  );
  await vi.waitFor(() =>
    expect(replies).toEqual([
      { type: 'response', msgId: 7, success: true, body: 'answered biz.util.openLink' },
    ]),
  );
  window.removeEventListener('message', listener);

  emulator.uninstall();
  expect(top.postMessage).toBe(original);
});

it('passes every other message on to the real postMessage', async () => {
  emulator = emulateDingTalk({ platform: 'pc', handle: () => undefined });
  const received = new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if ((event.data as { probe?: unknown }).probe === 'dingkit') {
        window.removeEventListener('message', listener);
        resolve(event.data);
      }
    };
    window.addEventListener('message', listener);
  });
  window.postMessage({ probe: 'dingkit' }, '*');
  await expect(received).resolves.toEqual({ probe: 'dingkit' });
  expect(emulator.requests).toEqual([]);
});
