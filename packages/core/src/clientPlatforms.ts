import type { ClientPlatform } from './types';

/**
 * Every DingTalk client a micro-app runs in, in the order dingkit's tables show them: PC, iOS,
 * Android and HarmonyOS. The catalog's `support` and `minVersion` are keyed by these.
 */
export const clientPlatforms: readonly ClientPlatform[] = ['pc', 'ios', 'android', 'harmony'];
