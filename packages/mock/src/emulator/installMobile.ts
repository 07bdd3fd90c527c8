import { type EmulatorRuntime, plain } from './runtime';

/** A user agent like the iOS or Android client's, carrying the version. */
export const mobileUserAgent = (platform: 'ios' | 'android', version: string): string =>
  platform === 'ios'
    ? `Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/${version}) DingTalk/${version} Channel/201200 language/zh-Hans-CN`
    : `Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 AliApp(DingTalk/${version}) DingTalk/${version} Channel/201200 language/zh-Hans-CN`;

type Callback = (payload: unknown) => void;

/**
 * The iOS and Android hosts: a DingTalk user agent plus the native bridge object dingtalk-jsapi
 * looks for (`WebViewJavascriptBridge.callHandler` on iOS; `nuva.require()` returning
 * `WebViewJavascriptBridgeAndroid(success, fail, service, action, params)` on Android).
 */
export function installMobile(runtime: EmulatorRuntime): {
  emit(eventName: string, body?: unknown): boolean;
} {
  const { win, options } = runtime;
  const platform = options.platform as 'ios' | 'android';
  const doc = win.document;
  runtime.setProperty(
    win.navigator,
    'userAgent',
    options.userAgent ?? mobileUserAgent(platform, options.version),
  );

  const noEvents = () => {};
  const call = (method: string, rawParams: unknown, succeed: Callback, fail: Callback) => {
    const params = plain(rawParams);
    runtime.requests.push({ method, params });
    void runtime.answer(method, params, noEvents).then((outcome) => {
      if (!outcome) return;
      runtime.later(() => (outcome.ok ? succeed(outcome.result) : fail(outcome.failure)));
    });
  };

  if (options.bridge !== false) {
    if (platform === 'ios') {
      runtime.setProperty(win, 'WebViewJavascriptBridge', {
        init: () => undefined,
        registerHandler: () => undefined,
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
    } else {
      const invoke = (succeed: Callback, fail: Callback, service: string, action: string, params: unknown) =>
        call(service ? `${service}.${action}` : action, params, succeed, fail);
      runtime.setProperty(win, 'WebViewJavascriptBridgeAndroid', invoke);
      runtime.setProperty(win, 'nuva', { isReady: true, require: () => invoke });
      doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('runtimeready'));
    }
  }

  return {
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
