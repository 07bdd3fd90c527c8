import { type EmulatorRuntime, plain } from './runtime';

// dingtalk-jsapi's PC client (lib/packages/frame-talk-client-pc) opens one long-lived request
// with this method when the page first listens to a client event; the host sends every client
// event (leftBtnClick…) as an `event` message carrying that request's msgId.
const SYS_EVENT = 'SYS_openAPIContainerInitEvent';

/** A user agent like the PC client's (the package reads the version from `DingTalk(x.y.z)`). */
export const pcUserAgent = (version: string): string =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 DingTalk(${version}) nw`;

interface RequestMessage {
  type: 'request';
  msgId: number | string;
  containerId: string;
  methodName: string;
  body?: unknown;
}

const isRequest = (data: unknown, containerId: string): data is RequestMessage => {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === 'request' &&
    message.containerId === containerId &&
    typeof message.methodName === 'string' &&
    (typeof message.msgId === 'number' || typeof message.msgId === 'string')
  );
};

const canPatch = (target: Window): boolean => {
  try {
    // Reading a property of a cross-origin window throws.
    return typeof target.postMessage === 'function' && target.document !== undefined;
  } catch {
    return false;
  }
};

/**
 * The PC host: `window.name` tells the package where the host is, and the requests it posts
 * (to `window.top` inside a frame, else to the page's own window) are answered with `message`
 * events from the host origin.
 */
export function installPc(runtime: EmulatorRuntime): { emit(eventName: string, body?: unknown): boolean } {
  const { win, options } = runtime;
  const hostOrigin = options.hostOrigin ?? 'https://h5.dingtalk.com';
  const containerId = options.containerId ?? 'dingkit-emulator';
  const host = hostOrigin.split(':')[1];
  if (!host || !(host.endsWith('.dingtalk.com') || host.endsWith('7ding.ai'))) {
    throw new Error(
      `emulateDingTalk: hostOrigin must look like https://name.dingtalk.com (got ${hostOrigin}); dingtalk-jsapi ignores any other host.`,
    );
  }
  const bridge = options.bridge !== false;

  // Where the package will post: the top window when framed (unless told the frame is
  // cross-origin), else the page itself once the host announces itself.
  const framed = win.top !== win;
  const top = framed ? (win.top as Window | null) : null;
  const target = framed ? (top && canPatch(top) ? top : win) : win;
  const corsIframe = framed && target === win;

  const previousName = win.name;
  win.name = JSON.stringify(
    bridge
      ? { containerId, hostOrigin, hostVersion: options.version, ...(corsIframe ? { corsIframe: true } : {}) }
      : { containerId, hostVersion: options.version },
  );
  runtime.onUninstall(() => {
    win.name = previousName;
  });
  runtime.setProperty(win.navigator, 'userAgent', options.userAgent ?? pcUserAgent(options.version));

  const eventChannels: (number | string)[] = [];
  const deliver = (data: Record<string, unknown>) =>
    runtime.later(() => {
      const MessageEventOf = (win as unknown as { MessageEvent: typeof MessageEvent }).MessageEvent;
      win.dispatchEvent(new MessageEventOf('message', { data, origin: hostOrigin }));
    });

  const onRequest = (message: RequestMessage) => {
    if (message.methodName === SYS_EVENT) {
      eventChannels.push(message.msgId);
      return;
    }
    if (message.methodName.startsWith('SYS_')) return;
    const params = plain(message.body);
    runtime.requests.push({ method: message.methodName, params });
    const emit = (eventName: string, body?: unknown) =>
      deliver({ type: 'event', msgId: message.msgId, eventName, body });
    void runtime.answer(message.methodName, params, emit).then((outcome) => {
      if (!outcome) return;
      deliver({
        type: 'response',
        msgId: message.msgId,
        success: outcome.ok,
        body: outcome.ok ? outcome.result : outcome.failure,
      });
    });
  };

  if (bridge) {
    if (!framed && !(win.dingtalk as { platform?: unknown } | undefined)?.platform) {
      // A top-level page: the PC shell injects `dingtalk.platform.invokeAPI`, which tells the
      // package to post to its own window.
      runtime.setProperty(win, 'dingtalk', { platform: { invokeAPI: () => undefined } });
    }
    const original = target.postMessage;
    const previous = Object.getOwnPropertyDescriptor(target, 'postMessage');
    let patched = true;
    const postMessage = function (this: Window, message: unknown, ...rest: unknown[]) {
      if (patched && isRequest(message, containerId) && rest[0] === hostOrigin) {
        onRequest(message);
        return;
      }
      return (original as (...args: unknown[]) => void).apply(this, [message, ...rest]);
    };
    // Defined rather than assigned: a test environment may expose postMessage as an accessor
    // whose setter would keep the patch after uninstall.
    Object.defineProperty(target, 'postMessage', {
      value: postMessage,
      configurable: true,
      writable: true,
      enumerable: previous?.enumerable ?? true,
    });
    runtime.onUninstall(() => {
      patched = false;
      // Leave a later patch (another frame's emulator) in place; ours now passes everything on.
      if ((target as unknown as { postMessage: unknown }).postMessage !== postMessage) return;
      if (previous) Object.defineProperty(target, 'postMessage', previous);
      else delete (target as unknown as { postMessage?: unknown }).postMessage;
    });
  }

  return {
    emit(eventName, body) {
      for (const msgId of eventChannels) deliver({ type: 'event', msgId, eventName, body });
      return eventChannels.length > 0;
    },
  };
}
