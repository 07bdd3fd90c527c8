// The full catalog's public functions, here rather than in catalog.ts, which `loadApi` imports
// lazily. esbuild puts a module that a package entry re-exports into the chunk
// that loads first, whether or not the app uses it; bound here, the catalog reaches an app's
// first load only when the app calls one of these.

import type { ApiName } from '../catalog/ApiMap';
import { unknownApi } from '../catalog/api';
import { type Catalog, catalog as table } from '../catalog/catalog';
import { supports } from '../catalog/supports';
import { validate } from '../catalog/validate';
import type { ApiDescriptor, Platform } from '../types';

/** Every API's descriptor by name. */
export const catalog: Catalog = table;

const lookup = (api: string): ApiDescriptor | undefined =>
  Object.hasOwn(catalog, api) ? catalog[api as ApiName] : undefined;

/**
 * The APIs that need `jsApiList` authorisation and run on `platform`: the default `jsApiList`
 * of the handshake. Empty outside DingTalk. A newer name is authorised under the legacy API it
 * calls, so only legacy names are listed.
 */
export function apisNeedingAuth(platform: Platform): ApiName[] {
  if (platform === 'notInDingTalk') return [];
  return (Object.keys(catalog) as ApiName[]).filter(
    (api) => catalog[api].auth && !catalog[api].calls && catalog[api].support[platform],
  );
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
  const found = typeof api === 'string' ? lookup(api) : api;
  return !!found && supports(found, platform, version);
}

/**
 * Throws `INVALID_PARAMS` naming the API, the field and the rule when params break a documented
 * limit, before anything reaches the client. APIs without documented limits (and names the
 * catalog does not know) only need an object.
 */
export function validateParams(api: ApiName | ApiDescriptor | (string & {}), params: unknown): void {
  validate(typeof api === 'string' ? (lookup(api) ?? unknownApi(api)) : api, params);
}
