// The full catalog: every API's descriptor by name, and nothing else (the functions over it are in
// exports/catalogApi.ts), so that its chunk shares no module with the adapters' chunk. An app pays
// for it only where it looks an API up by name (`isSupported('…')`, `useJsApi('…')`, a bridge given
// a name): the provider and the hooks pass descriptors, and `loadApi` loads this module lazily.
import type { ApiDescriptor } from '../types';
import type { ApiName } from './ApiMap';
import { everyApi } from './everyApi.generated';

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
