// The catalog's synchronous public functions, bound here rather than re-exported from their
// modules, which the lazily loaded engine uses too. esbuild puts every module that a package
// entry re-exports into the chunk that loads first, whether or not the app uses it; bound here,
// the catalog reaches an app's first load only when the app calls one of these.
import type { Platform } from '../Bridge';
import type { ApiName } from '../catalog/ApiMap';
import { type ApiSpec, apisNeedingAuth as needingAuth, catalog as table } from '../catalog/catalog';
import { compareVersions as compare, isSupported as supported } from '../catalog/isSupported';

/**
 * Every JS-API dingkit knows: whether it needs authorisation, where it runs, from which client
 * version, and whether it waits for a person.
 */
export const catalog: { readonly [A in ApiName]: ApiSpec } = table;

/**
 * The APIs that need `jsApiList` authorisation and run on `platform`: the default `jsApiList`
 * of the handshake. Empty outside DingTalk.
 */
export function apisNeedingAuth(platform: Platform): ApiName[] {
  return needingAuth(platform);
}

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}

/**
 * Whether `api` can run on `platform` (and, when given, on that client `version`): the
 * handbook's support table plus the minimum versions dingtalk-jsapi registers. Unknown APIs and
 * `notInDingTalk` answer `false`.
 */
export function isSupported(api: string, platform: Platform, version?: string): boolean {
  return supported(api, platform, version);
}
