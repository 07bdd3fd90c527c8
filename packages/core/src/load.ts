// The one module that imports dingkit's deferred modules, each behind exactly one `import()`.
// Nothing deferred imports this module, the client or the detected bridge: the graph points one
// way, and a bundler splits every target below into a chunk of its own that loads when asked for.
import { DingTalkError } from './DingTalkError';
import { once } from './once';
import type { ApiCatalog, ApiDescriptor, ClientPlatform } from './types';

/** One of our own chunks: a failure to load it (network, deploy) rejects `API_FAILED`. */
/* @__NO_SIDE_EFFECTS__ */
function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  return once(() =>
    load().catch((cause: unknown) => {
      throw new DingTalkError('API_FAILED', { details: { reason: 'load' }, cause });
    }),
  );
}

/**
 * The deferred part of the first call, one chunk: a client's session (handshakes, the sequence of
 * calls) and the adapters with `createBridge`'s guards (what sending `config` needs).
 */
const loadDeferred = chunk(() => import('./deferred'));

/** A client's session: its handshakes and the sequence of its calls. */
export const loadSession = loadDeferred;

/** The dingtalk-jsapi adapter. */
export const loadAdapter = loadDeferred;

/** The adapter of the legacy `DingTalkPC` global, for the pages that load that script. */
export const loadLegacy = loadDeferred;

/** What `onCall` needs (events, timing, redaction); only clients given `onCall` load it. */
export const loadTrace = once(() => import('./traceCall'));

/** The full catalog: every API's descriptor, for lookups by name. */
export const loadCatalog = chunk(() => import('./catalog/catalog'));

const jsapiModules = {
  pc: once(() => import('./adapters/jsapiModules/pc')),
  ios: once(() => import('./adapters/jsapiModules/ios')),
  android: once(() => import('./adapters/jsapiModules/android')),
  harmony: once(() => import('./adapters/jsapiModules/harmony')),
};

/**
 * Imports dingtalk-jsapi's core with the bridge of one platform registered, and resolves with the
 * core's module (`lib/ddSdk`). Only these are loaded, when first needed: evaluating the package
 * needs `self` (it throws on a server), and its full namespace is far bigger than what one app
 * calls. Rejects with what the import threw.
 */
export const loadJsapi = (platform: ClientPlatform): Promise<unknown> =>
  jsapiModules[platform]().then((loaded) => loaded.sdk);

/**
 * The descriptor of the API named `name`, from the full catalog (a chunk of its own, loaded on the
 * first lookup); `undefined` for a name the catalog does not know.
 */
export const loadApi = (name: string): Promise<ApiDescriptor | undefined> =>
  loadCatalog().then(({ catalog }) => (catalog as ApiCatalog)[name as keyof ApiCatalog]);
