// The full catalog: every API's descriptor by name. An app pays for it only where it looks an API
// up by name (`isSupported('…')`, `useJsApi('…')`, a bridge given a name): the provider and the
// hooks pass descriptors, and the detected bridge loads this module lazily for names.
import type { ApiDescriptor, Platform } from '../types';
import type { ApiName } from './ApiMap';
import { unknownApi } from './api';
import { everyApi } from './everyApi.generated';
import { supports } from './supports';
import { validate } from './validate';

/** Every API's descriptor, by name. */
export type Catalog = { readonly [A in ApiName]: ApiDescriptor<A> };

function byName(): Catalog {
  // No prototype: `'toString' in catalog` must be false.
  const table: Record<string, ApiDescriptor> = Object.create(null);
  for (const api of everyApi) table[api.name] = api;
  return table as Catalog;
}

/**
 * Every JS-API dingkit knows, by name: whether it needs authorisation, where it runs, from which
 * client version, whether it waits for a person, and the documented limits of its params.
 */
export const catalog: Catalog = /* @__PURE__ */ byName();

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
