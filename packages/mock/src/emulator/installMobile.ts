import { type EmulatorRuntime, plain } from './runtime';

type MobilePlatform = 'ios' | 'android' | 'harmony';

const devices: Record<MobilePlatform, string> = {
  ios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  android:
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  // The HarmonyOS NEXT web view: OpenHarmony and ArkWeb, no Android.
  harmony:
    'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
};

/** A user agent like the iOS, Android or HarmonyOS client's, carrying the version. */
export const mobileUserAgent = (platform: MobilePlatform, version: string): string =>
  `${devices[platform]} AliApp(DingTalk/${version}) DingTalk/${version} Channel/201200 language/zh-Hans-CN`;

type Callback = (payload: unknown) => void;

/**
 * The iOS, Android and HarmonyOS hosts: a DingTalk user agent plus the native bridge object
 * dingtalk-jsapi looks for (`WebViewJavascriptBridge.callHandler` on iOS; `nuva.require()`
 * returning `WebViewJavascriptBridgeAndroid(success, fail, service, action, params)` on Android;
 * `DingTalkJSBridge.call(method, params, callback)` on HarmonyOS, whose callback takes
 * `{ success, body }`).
 *
 * Later answers (a tap on a button the page took over): iOS calls the handler the page
 * registered under the method's name (`WebViewJavascriptBridge.registerHandler`, which
 * dingtalk-jsapi does for a call with `watch: true`); Android and HarmonyOS call the success
 * callback of the method's latest call again.
 */
export function installMobile(runtime: EmulatorRuntime): {
  emit(eventName: string, body?: unknown): boolean;
  answerAgain(method: string, answer?: unknown): boolean;
} {
  const { win, options } = runtime;
  const platform = options.platform as MobilePlatform;
  const doc = win.document;
  runtime.setProperty(
    win.navigator,
    'userAgent',
    options.userAgent ?? mobileUserAgent(platform, options.version),
  );

  const noEvents = () => {};
  // Who hears a method's later answers: the registered handler (iOS), or the success callback
  // of its latest call (Android, HarmonyOS).
  const again = new Map<string, Callback>();
  const call = (method: string, rawParams: unknown, succeed: Callback, fail: Callback) => {
    const params = plain(rawParams);
    runtime.requests.push({ method, params });
    if (platform !== 'ios') again.set(method, succeed);
    void runtime.answer(method, params, noEvents).then((outcome) => {
      if (!outcome) return;
      runtime.later(() => (outcome.ok ? succeed(outcome.result) : fail(outcome.failure)));
    });
  };

  if (options.bridge !== false) {
    if (platform === 'ios') {
      runtime.setProperty(win, 'WebViewJavascriptBridge', {
        init: () => undefined,
        registerHandler(method: string, handler: (data: unknown, respond?: Callback) => void) {
          again.set(method, (answer) => handler(answer, () => undefined));
        },
        callHandler(method: string, params: unknown, callback: Callback) {
          // iOS answers `{ errorCode: '0', result }`; any other errorCode is a failure.
          call(
            method,
            params,
            (result) => callback({ errorCode: '0', errorMessage: 'success', result }),
            (failure) => callback(failure),
          );
        },
      });
      doc.dispatchEvent(
        new (win as unknown as { Event: typeof Event }).Event('WebViewJavascriptBridgeReady'),
      );
    } else if (platform === 'harmony') {
      runtime.setProperty(win, 'DingTalkJSBridge', {
        init: () => undefined,
        call(method: string, params: unknown, callback: Callback) {
          call(
            method,
            params,
            (result) => callback({ success: true, body: result }),
            (failure) => callback({ success: false, body: failure }),
          );
        },
      });
      doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('DingTalkJSBridgeReady'));
    } else {
      const invoke = (succeed: Callback, fail: Callback, service: string, action: string, params: unknown) =>
        call(service ? `${service}.${action}` : action, params, succeed, fail);
      runtime.setProperty(win, 'WebViewJavascriptBridgeAndroid', invoke);
      runtime.setProperty(win, 'nuva', { isReady: true, require: () => invoke });
      doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('runtimeready'));
    }
  }

  return {
    answerAgain(method, answer = {}) {
      const callback = again.get(method);
      if (!callback || !runtime.active()) return false;
      callback(answer);
      return true;
    },
    emit(eventName, body) {
      const CustomEventOf = (win as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
      const dot = eventName.lastIndexOf('.');
      // dingtalk-jsapi listens to namespaced business events through one `dtBizBridgeEvent`
      // and to page events (resume, backbutton…) directly on document.
      doc.dispatchEvent(
        dot > 0
          ? new CustomEventOf('dtBizBridgeEvent', {
              detail: { namespace: eventName.slice(0, dot), eventName: eventName.slice(dot + 1), data: body },
            })
          : new CustomEventOf(eventName, { detail: body }),
      );
      return true;
    },
  };
}
