import type { Platform } from './Bridge';

/** What {@link detectPlatform} found. */
export interface DetectedPlatform {
  /** Where the page runs; `'notInDingTalk'` on a server and in an ordinary browser. */
  platform: Platform;
  /** The client version (e.g. `'7.0.10'`), when the client tells it. */
  version?: string;
}

type Globals = Record<string, unknown> & {
  window?: unknown;
  navigator?: { userAgent?: string; swuserAgent?: string };
};

const read = (target: unknown, key: string): unknown => {
  try {
    return target !== null && (typeof target === 'object' || typeof target === 'function')
      ? (target as Record<string, unknown>)[key]
      : undefined;
  } catch {
    // A cross-origin window.top throws on access.
    return undefined;
  }
};

const parseName = (name: unknown): Record<string, unknown> | undefined => {
  if (typeof name !== 'string' || name === '') return undefined;
  try {
    const value: unknown = JSON.parse(name);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const known: readonly string[] = ['pc', 'ios', 'android', 'notInDingTalk'];

/**
 * Where the page runs and which client version hosts it, by the rules of dingtalk-jsapi's
 * `lib/env.js` (3.2.9): iOS/Android from the user agent plus `DingTalk`; PC when `window.name`
 * holds JSON with a `containerId` or `window.dingtalk.platform.invokeAPI` exists. Synchronous,
 * and safe on a server (no `window`: `notInDingTalk`). Hosts dingkit has no adapter for
 * (HarmonyOS, 专有钉钉 / TaurusApp) report `notInDingTalk`.
 */
export function detectPlatform(): DetectedPlatform {
  const g = globalThis as unknown as Globals;
  if (typeof g.window === 'undefined') return { platform: 'notInDingTalk' };
  const win = g.window;

  // A native SDK injected by the host answers for itself (dingtalk-jsapi defers to it too).
  const nativeSdk = read(win, '__ddSDK');
  const getEnv = read(nativeSdk, 'getEnv');
  if (typeof getEnv === 'function') {
    const env = (getEnv as () => unknown).call(nativeSdk) as { platform?: unknown; version?: unknown };
    const platform =
      typeof env?.platform === 'string' && known.includes(env.platform) ? env.platform : undefined;
    return {
      platform: (platform ?? 'notInDingTalk') as Platform,
      ...(typeof env?.version === 'string' ? { version: env.version } : {}),
    };
  }

  let ua = '';
  try {
    ua = g.navigator?.userAgent || g.navigator?.swuserAgent || '';
  } catch {
    ua = '';
  }
  const isIOS = /iPhone|iPad|iPod|iOS/i.test(ua);
  const isAndroid = /Android/i.test(ua);
  const isHarmony = /OpenHarmony/i.test(ua) && /ArkWeb/i.test(ua);
  const hasDingTalkUa = /DingTalk/i.test(ua);
  // 专有钉钉 (TaurusApp) gets platforms of its own in dingtalk-jsapi.
  const isGov = /TaurusApp/.test(ua) && (/dingtalk-win/.test(ua) || isIOS || isAndroid);

  const top = read(win, 'top');
  const topConfig = read(top, '__dingtalk_jsapi_top_platfrom_config__') as { platform?: unknown } | undefined;
  let name = read(win, 'name');
  if (topConfig && top !== win) name = read(top, 'name');
  const hostConfig = parseName(name);
  const ownConfig = parseName(read(win, 'name'));

  let version: string | undefined = (ua.match(/AliApp\(\w+\/([a-zA-Z0-9.-]+)\)/) ??
    ua.match(/DingTalk\/([a-zA-Z0-9.-]+)/))?.[1];
  if (typeof hostConfig?.hostVersion === 'string' && hostConfig.hostVersion) version = hostConfig.hostVersion;

  const containerId = hostConfig?.containerId;
  const invokeAPI = read(read(read(win, 'dingtalk'), 'platform'), 'invokeAPI');
  const isPc = Boolean(containerId) || Boolean(invokeAPI);
  if (isPc && !version) version = ua.match(/DingTalk\(([a-zA-Z0-9.-]+)\)/)?.[1];

  const inDingTalk = hasDingTalkUa || Boolean(ownConfig?.containerId);
  const hasNuva = typeof read(win, 'nuva') === 'object';
  const hasDtBridge = typeof read(read(win, 'dd'), 'dtBridge') === 'function';

  let platform: Platform;
  if (isGov) platform = 'notInDingTalk';
  else if (isIOS && (inDingTalk || hasNuva || hasDtBridge)) platform = 'ios';
  else if (isHarmony && inDingTalk) platform = 'notInDingTalk';
  else if (isAndroid && inDingTalk) platform = 'android';
  else if (isPc) platform = 'pc';
  else if (topConfig && typeof topConfig.platform === 'string' && known.includes(topConfig.platform))
    platform = topConfig.platform as Platform;
  else platform = 'notInDingTalk';

  return platform === 'notInDingTalk' || !version ? { platform } : { platform, version };
}
