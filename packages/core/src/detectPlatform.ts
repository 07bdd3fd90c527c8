import { readHostEnv } from './hostEnv';
import { hostVersion } from './hostVersion';
import type { DetectedPlatform } from './types';

/**
 * Where the page runs and which client version hosts it, by the rules of dingtalk-jsapi's
 * `lib/env.js` (3.2.9): iOS/Android from the user agent plus `DingTalk`; PC when `window.name`
 * holds JSON with a `containerId` or `window.dingtalk.platform.invokeAPI` exists; HarmonyOS (`'harmony'`) when
 * the user agent has `OpenHarmony`, `ArkWeb` and `DingTalk`. Synchronous, and safe on a server (no
 * `window`: `notInDingTalk`). 专有钉钉 / 政务钉钉 (TaurusApp) reports `notInDingTalk`.
 */
export function detectPlatform(): DetectedPlatform {
  const env = readHostEnv();
  const platform = env?.platform ?? 'notInDingTalk';
  const version = hostVersion(env);
  return version ? { platform, version } : { platform };
}
