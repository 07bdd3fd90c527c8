// What dingtalk-jsapi's per-API modules would add to a call's params. dingkit calls through the
// package's generic invoker (so an app does not bundle every API module), which skips them; the
// descriptors that need it apply the same (their `send`), so a call behaves as
// `dd.device.notification.alert(…)` would. Applied by the dingtalk-jsapi and legacy adapters
// only: a mock sees the app's params.
import type { Platform } from '../types';

type Params = Record<string, unknown>;

/**
 * The package's defaults on iOS and Android, and on HarmonyOS where the API's module registers
 * them there too (`harmony`).
 */
/* @__NO_SIDE_EFFECTS__ */
export const mobileDefaults =
  (defaults: Params, harmony?: 'harmony') =>
  (params: Params, platform: Platform): Params =>
    platform === 'ios' || platform === 'android' || platform === harmony
      ? { ...defaults, ...params }
      : params;
