// The full catalog's public functions, bound here rather than re-exported from catalog.ts, which
// the loader imports lazily. esbuild puts a module that a package entry re-exports into the chunk
// that loads first, whether or not the app uses it; bound here, the catalog reaches an app's
// first load only when the app calls one of these.

import type { ApiName } from '../catalog/ApiMap';
import {
  type Catalog,
  apisNeedingAuth as needingAuth,
  isSupported as supported,
  catalog as table,
  validateParams as validate,
} from '../catalog/catalog';
import type { ApiDescriptor, Platform } from '../types';

/**
 * Every JS-API dingkit knows, by name: whether it needs authorisation, where it runs, from which
 * client version, whether it waits for a person, and the documented limits of its params.
 */
export const catalog: Catalog = table;

/**
 * The APIs that need `jsApiList` authorisation and run on `platform`: the default `jsApiList`
 * of the handshake. Empty outside DingTalk.
 */
export function apisNeedingAuth(platform: Platform): ApiName[] {
  return needingAuth(platform);
}

/**
 * Whether `api` (a name or a descriptor) can run on `platform` (and, when given, on that client
 * `version`): the handbook's support table plus the minimum versions dingtalk-jsapi registers.
 * Unknown APIs and `notInDingTalk` answer `false`.
 */
export function isSupported(
  api: ApiName | ApiDescriptor | (string & {}),
  platform: Platform,
  version?: string,
): boolean {
  return supported(api, platform, version);
}

/**
 * Throws `INVALID_PARAMS` naming the API, the field and the rule when params break a documented
 * limit, before anything reaches the client. APIs without documented limits (and names the
 * catalog does not know) only need an object.
 */
export function validateParams(api: ApiName | ApiDescriptor | (string & {}), params: unknown): void {
  validate(api, params);
}
