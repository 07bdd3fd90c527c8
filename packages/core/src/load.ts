// The one module that imports dingkit's deferred modules, each behind exactly one `import()`.
// Nothing deferred imports this module, the client or the detected bridge: the graph points one
// way, and a bundler splits every target below into a chunk of its own that loads when asked for.
import { DingTalkError } from './DingTalkError';
import type { ApiCatalog, ApiDescriptor, ClientPlatform, Locale, MessageOf } from './types';

/** Loads once; after a failed load the next caller tries again. */
/* @__NO_SIDE_EFFECTS__ */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw cause;
    }));
}

/** One of our own chunks: a failure to load it (network, deploy) rejects `API_FAILED`. */
/* @__NO_SIDE_EFFECTS__ */
function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  return once(() =>
    load().catch((cause: unknown) => {
      throw new DingTalkError('API_FAILED', { details: { reason: 'load' }, cause });
    }),
  );
}

/** The dingtalk-jsapi adapter with `createBridge`'s guards: what sending `config` needs. */
export const loadAdapter = chunk(() => import('./adapters/adapter'));

/** The adapter of the legacy `DingTalkPC` global, for the pages that load that script. */
export const loadLegacy = chunk(() => import('./adapters/legacyBridge'));

/** What `onCall` needs (events, timing, redaction); only clients given `onCall` load it. */
export const loadTrace = once(() => import('./traceCall'));

/** The full catalog: every API's descriptor, for lookups by name. */
export const loadCatalog = chunk(() => import('./catalog/catalog'));

const messageTables = {
  en: chunk(() => import('./messages/en')),
  'zh-CN': chunk(() => import('./messages/zh-CN')),
};

/** The message table of `locale`, loaded on the first failure that needs it. */
export const loadMessages = (locale: Locale): Promise<MessageOf> =>
  messageTables[locale]().then((table) => table.message);

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
