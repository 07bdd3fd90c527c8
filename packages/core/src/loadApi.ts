// The full catalog's loader, apart from the first load's (`load.ts`): only code that looks an API
// up by name imports it (`useJsApi`, the adapters' chunk for a bridge given a name), so the
// catalog's import never weighs on an app that calls its APIs by descriptor.
import { chunk } from './loadOnce';
import type { ApiCatalog, ApiDescriptor } from './types';

/** The full catalog: every API's descriptor, for lookups by name. */
const loadCatalog = chunk(() => import('./catalog/catalog'));

/**
 * The descriptor of the API named `name`, from the full catalog (a chunk of its own, loaded on the
 * first lookup); `undefined` for a name the catalog does not know.
 */
export const loadApi = (name: string): Promise<ApiDescriptor | undefined> =>
  loadCatalog().then(({ catalog }) => (catalog as ApiCatalog)[name as keyof ApiCatalog]);
