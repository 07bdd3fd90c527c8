// The emulated DingTalk iOS or Android client (`?platform=ios|android` on the app's URL): an inline
// script that runs before the app and installs the native bridge with `emulateDingTalk`. The
// handshake (`runtime.permission.requestJsApis`) is answered after a delay, every other call at
// once; the native entry points are wrapped to log when each request arrived and was answered.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { clientVersion, configDelayMs, type HostLog } from '../setup';

type Callback = (payload: unknown) => void;
type AndroidInvoke = (
  succeed: Callback,
  fail: Callback,
  service: string,
  action: string,
  params: unknown,
) => void;
interface NativeGlobals {
  WebViewJavascriptBridge?: { callHandler(method: string, params: unknown, callback: Callback): void };
  WebViewJavascriptBridgeAndroid?: AndroidInvoke;
  nuva?: { require(): AndroidInvoke };
}

const platform = new URLSearchParams(location.search).get('platform') === 'android' ? 'android' : 'ios';
const log: HostLog = { timeOrigin: performance.timeOrigin, requests: [] };
window.__ttaHost = log;

emulateDingTalk({
  platform,
  version: clientVersion,
  handle: (method) => (method === 'device.notification.confirm' ? { buttonIndex: 0 } : {}),
});

/** Logs the request and passes it on, the handshake after the delay; `answer` gets a logging callback. */
function watch(method: string, pass: (answered: () => void) => void): void {
  const entry: HostLog['requests'][number] = { method, received: performance.now() };
  log.requests.push(entry);
  const go = () =>
    pass(() => {
      entry.answered = performance.now();
    });
  if (method === 'runtime.permission.requestJsApis') setTimeout(go, configDelayMs);
  else go();
}
const then =
  (callback: Callback, answered: () => void): Callback =>
  (payload) => {
    answered();
    callback(payload);
  };

const native = window as unknown as NativeGlobals;
if (platform === 'ios') {
  const bridge = native.WebViewJavascriptBridge!;
  const callHandler = bridge.callHandler.bind(bridge);
  bridge.callHandler = (method, params, callback) =>
    watch(method, (answered) => callHandler(method, params, then(callback, answered)));
} else {
  const invoke = native.nuva!.require();
  const watched: AndroidInvoke = (succeed, fail, service, action, params) =>
    watch(service ? `${service}.${action}` : action, (answered) =>
      invoke(then(succeed, answered), then(fail, answered), service, action, params),
    );
  native.nuva!.require = () => watched;
  native.WebViewJavascriptBridgeAndroid = watched;
}
