import { readHostEnv } from './hostEnv';
import { hostVersion } from './hostVersion';
import type { DetectedPlatform } from './types';

/**
 * Where the page runs and which client version hosts it, by the rules of dingtalk-jsapi's
 * `lib/env.js` (3.2.9): iOS/Android from the user agent plus `DingTalk`; PC when `window.name`
 * holds JSON with a `containerId` or `window.dingtalk.platform.invokeAPI` exists. Synchronous,
 * and safe on a server (no `window`: `notInDingTalk`). Hosts dingkit has no adapter for
 * (HarmonyOS, 专有钉钉 / TaurusApp) report `notInDingTalk`.
 */
export function detectPlatform(): DetectedPlatform {
  const env = readHostEnv();
  const platform = env?.platform ?? 'notInDingTalk';
  const version = hostVersion(env);
  return version ? { platform, version } : { platform };
}
