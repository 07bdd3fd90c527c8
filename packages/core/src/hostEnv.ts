import type { Platform } from './types';

/** What the page's globals tell of its host, read by the rules of dingtalk-jsapi's `lib/env.js`. */
export interface HostEnv {
  /** The answer of a native SDK injected by the host (`window.__ddSDK.getEnv()`); it wins. */
  readonly native: { platform?: unknown; version?: unknown } | undefined;
  readonly ua: string;
  /** The JSON of the window name that describes the container (the top window's when framed). */
  readonly host: Record<string, unknown> | undefined;
  /** A PC container: `containerId` in that window name, or `window.dingtalk.platform.invokeAPI`. */
  readonly isPc: boolean;
  readonly platform: Platform;
}

/** `target.a.b.c` for `'a.b.c'`, or `undefined` where a step is missing or throws. */
export const get = (target: unknown, path: string): unknown => {
  try {
    for (const key of path.split('.')) {
      target =
        target !== null && (typeof target === 'object' || typeof target === 'function')
          ? (target as Record<string, unknown>)[key]
          : undefined;
    }
    return target;
  } catch {
    // A cross-origin window.top throws on access.
    return undefined;
  }
};

/** The JSON object a window name holds, if it holds one. */
const parse = (name: unknown): Record<string, unknown> | undefined => {
  try {
    const value: unknown = typeof name === 'string' && JSON.parse(name);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const isPlatform = (value: unknown): value is Platform =>
  value === 'pc' ||
  value === 'ios' ||
  value === 'android' ||
  value === 'harmony' ||
  value === 'notInDingTalk';

/**
 * Reads the host from the page's globals, synchronously; `undefined` on a server. iOS/Android
 * come from the user agent plus `DingTalk`; PC from a `containerId` in `window.name` or
 * `window.dingtalk.platform.invokeAPI`; HarmonyOS from `OpenHarmony` and `ArkWeb` plus `DingTalk`.
 * 专有钉钉 / 政务钉钉 (TaurusApp), which dingtalk-jsapi serves with platforms of its own, is
 * `notInDingTalk`. The client version is read from it apart (`hostVersion`).
 */
export function readHostEnv(): HostEnv | undefined {
  const g = globalThis as { window?: unknown; navigator?: { userAgent?: string; swuserAgent?: string } };
  const win = g.window;
  if (win === undefined) return undefined;

  // A native SDK injected by the host answers for itself (dingtalk-jsapi defers to it too).
  const nativeSdk = get(win, '__ddSDK');
  const getEnv = get(nativeSdk, 'getEnv');
  const native =
    typeof getEnv === 'function'
      ? (((getEnv as () => unknown).call(nativeSdk) as HostEnv['native']) ?? {})
      : undefined;

  let ua = '';
  try {
    ua = g.navigator?.userAgent || g.navigator?.swuserAgent || '';
  } catch {}
  const isIOS = /iPhone|iPad|iPod|iOS/i.test(ua);
  const isAndroid = /Android/i.test(ua);

  const top = get(win, 'top');
  const topConfig = get(top, '__dingtalk_jsapi_top_platfrom_config__') as { platform?: unknown } | undefined;
  const own = parse(get(win, 'name'));
  const host = topConfig && top !== win ? parse(get(top, 'name')) : own;
  const isPc = !!host?.containerId || !!get(win, 'dingtalk.platform.invokeAPI');
  const inDingTalk = /DingTalk/i.test(ua) || !!own?.containerId;

  const platform: Platform = native
    ? isPlatform(native.platform)
      ? native.platform
      : 'notInDingTalk'
    : // 专有钉钉 (TaurusApp) gets platforms of its own in dingtalk-jsapi.
      /TaurusApp/.test(ua) && (/dingtalk-win/.test(ua) || isIOS || isAndroid)
      ? 'notInDingTalk'
      : isIOS &&
          (inDingTalk ||
            typeof get(win, 'nuva') === 'object' ||
            typeof get(win, 'dd.dtBridge') === 'function')
        ? 'ios'
        : /OpenHarmony/i.test(ua) && /ArkWeb/i.test(ua) && inDingTalk
          ? 'harmony'
          : isAndroid && inDingTalk
            ? 'android'
            : isPc
              ? 'pc'
              : isPlatform(topConfig?.platform)
                ? topConfig.platform
                : 'notInDingTalk';
  return { native, ua, host, isPc, platform };
}
