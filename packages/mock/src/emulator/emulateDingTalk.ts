import { installLegacyPcGlobal } from './installLegacyPcGlobal';
import { installMobile } from './installMobile';
import { installPc } from './installPc';
import { authMethods, type EmulatedOutcome, type EmulatorRuntime, plain } from './runtime';
import type {
  EmulateDingTalkOptions,
  EmulatedConfigOutcome,
  EmulatedDingTalk,
  EmulatedFailure,
  EmulatedRequest,
} from './types';

const toFailure = (thrown: unknown): EmulatedFailure => {
  if (typeof thrown === 'object' && thrown !== null) {
    const body = thrown as Record<string, unknown>;
    // A DingTalkError from a mock bridge: the client's own code and message, or a cancel.
    if (body.name === 'DingTalkError') {
      const errorCode = body.errorCode ?? (body.code === 'CANCELLED' ? '-1' : undefined);
      const errorMessage = body.platformMessage ?? body.message;
      return {
        ...(typeof errorCode === 'string' || typeof errorCode === 'number' ? { errorCode } : {}),
        ...(typeof errorMessage === 'string' ? { errorMessage } : {}),
      };
    }
    if ('errorCode' in body || 'errorMessage' in body) return plain(body) as EmulatedFailure;
    if (thrown instanceof Error) return { errorMessage: thrown.message };
  }
  return { errorMessage: String(thrown) };
};

const readyBody = (outcome: EmulatedConfigOutcome, params: Record<string, unknown>): EmulatedOutcome => {
  if (outcome.status === 'error') {
    const { status: _status, ...failure } = outcome;
    return { ok: false, failure };
  }
  const requested = Array.isArray(params.jsApiList) ? (params.jsApiList as unknown[]).map(String) : [];
  const unauthorizedAPIList = outcome.unauthorizedAPIList ?? [];
  return {
    ok: true,
    result: {
      authorizedAPIList:
        outcome.authorizedAPIList ?? requested.filter((api) => !unauthorizedAPIList.includes(api)),
      unauthorizedAPIList,
    },
  };
};

/**
 * Installs an emulated DingTalk container in this window (jsdom or a real browser) at the
 * boundary the official dingtalk-jsapi package talks to, so the real package — and dingkit's
 * adapter over it — run as inside the client:
 *
 * - `'pc'`: `window.name` JSON with a containerId and a `*.dingtalk.com` hostOrigin; the
 *   `{ type: 'request' }` messages the package posts are answered with `message` events from
 *   the hostOrigin (`{ type: 'response' }`, and `{ type: 'event' }` for progress and
 *   `leftBtnClick`).
 * - `'ios'`: a DingTalk user agent and `window.WebViewJavascriptBridge`.
 * - `'android'`: a DingTalk user agent, `window.nuva` and `window.WebViewJavascriptBridgeAndroid`.
 * - `'harmony'`: a HarmonyOS DingTalk user agent (OpenHarmony, ArkWeb) and `window.DingTalkJSBridge`.
 *
 * Install it before the page first loads dingtalk-jsapi (the package reads its environment
 * once). Call `uninstall()` when done.
 */
export function emulateDingTalk(options: EmulateDingTalkOptions): EmulatedDingTalk {
  const win = (globalThis as unknown as { window?: Window & Record<string, unknown> }).window;
  if (!win) {
    throw new Error(
      'emulateDingTalk needs a DOM window: run it in a browser or a jsdom test environment, never on a server.',
    );
  }
  const version = options.version ?? '7.0.0';
  const settings = { ...options, version };
  const requests: EmulatedRequest[] = [];
  const restores: (() => void)[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let active = true;

  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (active) fn();
    }, ms);
    timers.add(timer);
  };

  const handle =
    options.handle ??
    ((method: string) => {
      throw { errorMessage: `emulateDingTalk: no handler answers ${method}. Pass handle(method, params).` };
    });

  const runtime: EmulatorRuntime = {
    win,
    options: settings,
    requests,
    later,
    active: () => active,
    onUninstall: (restore) => restores.push(restore),
    setProperty(target, key, value) {
      const previous = Object.getOwnPropertyDescriptor(target, key);
      Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: true });
      restores.push(() => {
        if (previous) Object.defineProperty(target, key, previous);
        else delete (target as Record<string, unknown>)[key];
      });
    },
    answer(method, params, emit) {
      return new Promise<EmulatedOutcome | undefined>((resolve) => {
        later(() => {
          if (method === authMethods[options.platform]) {
            try {
              const outcome =
                typeof options.config === 'function'
                  ? options.config(params)
                  : (options.config ?? { status: 'ready' });
              resolve(readyBody(outcome, params));
            } catch (thrown) {
              resolve({ ok: false, failure: toFailure(thrown) });
            }
            return;
          }
          let result: unknown;
          try {
            result = handle(method, params, { platform: options.platform, emit });
          } catch (thrown) {
            resolve({ ok: false, failure: toFailure(thrown) });
            return;
          }
          Promise.resolve(result).then(
            (value) => resolve(active ? { ok: true, result: value } : undefined),
            (thrown: unknown) => resolve(active ? { ok: false, failure: toFailure(thrown) } : undefined),
          );
        }, options.latencyMs ?? 0);
      });
    },
  };

  const mobile = options.platform === 'pc' ? undefined : installMobile(runtime);
  const parts = mobile
    ? [mobile]
    : [installPc(runtime), ...(options.legacyPcGlobal ? [installLegacyPcGlobal(runtime)] : [])];

  return {
    platform: options.platform,
    version,
    requests,
    emit(eventName, body) {
      let heard = false;
      for (const part of parts) heard = part.emit(eventName, body) || heard;
      return heard;
    },
    answerAgain: (method, answer) => mobile?.answerAgain(method, answer) ?? false,
    uninstall() {
      if (!active) return;
      active = false;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const restore of restores.splice(0).reverse()) restore();
    },
  };
}
