import type { Platform } from './Bridge';

/** What {@link detectPlatform} found. */
export interface DetectedPlatform {
  /** Where the page runs; `'notInDingTalk'` on a server and in an ordinary browser. */
  platform: Platform;
  /** The client version (e.g. `'7.0.10'`), when the client tells it. */
  version?: string;
}

type Globals = {
  window?: unknown;
  navigator?: { userAgent?: string; swuserAgent?: string };
};

/** `target.a.b.c` for `'a.b.c'`, or `undefined` where a step is missing or throws. */
const get = (target: unknown, path: string): unknown => {
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
  value === 'pc' || value === 'ios' || value === 'android' || value === 'notInDingTalk';

/**
 * Where the page runs and which client version hosts it, by the rules of dingtalk-jsapi's
 * `lib/env.js` (3.2.9): iOS/Android from the user agent plus `DingTalk`; PC when `window.name`
 * holds JSON with a `containerId` or `window.dingtalk.platform.invokeAPI` exists. Synchronous,
 * and safe on a server (no `window`: `notInDingTalk`). Hosts dingkit has no adapter for
 * (HarmonyOS, 专有钉钉 / TaurusApp) report `notInDingTalk`.
 */
export function detectPlatform(): DetectedPlatform {
  const g = globalThis as unknown as Globals;
  const win = g.window;
  if (win === undefined) return { platform: 'notInDingTalk' };

  // A native SDK injected by the host answers for itself (dingtalk-jsapi defers to it too).
  const nativeSdk = get(win, '__ddSDK');
  const getEnv = get(nativeSdk, 'getEnv');
  if (typeof getEnv === 'function') {
    const env = (getEnv as () => unknown).call(nativeSdk) as { platform?: unknown; version?: unknown };
    return {
      platform: isPlatform(env?.platform) ? env.platform : 'notInDingTalk',
      ...(typeof env?.version === 'string' ? { version: env.version } : {}),
    };
  }

  let ua = '';
  try {
    ua = g.navigator?.userAgent || g.navigator?.swuserAgent || '';
  } catch {}
  const isIOS = /iPhone|iPad|iPod|iOS/i.test(ua);
  const isAndroid = /Android/i.test(ua);

  const top = get(win, 'top');
  const topConfig = get(top, '__dingtalk_jsapi_top_platfrom_config__') as { platform?: unknown } | undefined;
  const ownConfig = parse(get(win, 'name'));
  const hostConfig = topConfig && top !== win ? parse(get(top, 'name')) : ownConfig;

  let version = (ua.match(/AliApp\(\w+\/([a-zA-Z0-9.-]+)\)/) ?? ua.match(/DingTalk\/([a-zA-Z0-9.-]+)/))?.[1];
  if (typeof hostConfig?.hostVersion === 'string' && hostConfig.hostVersion) version = hostConfig.hostVersion;
  const isPc = !!hostConfig?.containerId || !!get(win, 'dingtalk.platform.invokeAPI');
  if (isPc && !version) version = ua.match(/DingTalk\(([a-zA-Z0-9.-]+)\)/)?.[1];
  const inDingTalk = /DingTalk/i.test(ua) || !!ownConfig?.containerId;

  const platform: Platform =
    // 专有钉钉 (TaurusApp) gets platforms of its own in dingtalk-jsapi.
    /TaurusApp/.test(ua) && (/dingtalk-win/.test(ua) || isIOS || isAndroid)
      ? 'notInDingTalk'
      : isIOS &&
          (inDingTalk ||
            typeof get(win, 'nuva') === 'object' ||
            typeof get(win, 'dd.dtBridge') === 'function')
        ? 'ios'
        : /OpenHarmony/i.test(ua) && /ArkWeb/i.test(ua) && inDingTalk
          ? 'notInDingTalk'
          : isAndroid && inDingTalk
            ? 'android'
            : isPc
              ? 'pc'
              : isPlatform(topConfig?.platform)
                ? topConfig.platform
                : 'notInDingTalk';

  return platform === 'notInDingTalk' || !version ? { platform } : { platform, version };
}
