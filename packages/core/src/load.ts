// The first load's loader: every `import()` the first load makes is here, each deferred module
// behind exactly one. Nothing deferred imports this module, the client or the detected bridge:
// the graph points one way. What only deferred code loads has a loader of its own beside it
// (`loadApi`, `loadMessages`, `loadTrace`), so that its imports never weigh on the first load.
import { chunk, once } from './loadOnce';
import type { ClientPlatform } from './types';

/**
 * The deferred part of the first call, one chunk: a client's session (handshakes, the sequence of
 * calls) and the adapters with `createBridge`'s guards (what sending `config` needs).
 */
export const loadDeferred = chunk(() => import('./deferred'));

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
 *
 * Each platform's module also imports a flag of the deferred chunk (`withPlatform`), which makes
 * that chunk a static import of the platform's chunk, so that bundlers request the two together.
 * Vite's preload helper requests a lazy chunk that imports no other chunk only one microtask
 * after `import()`: after the rest of the app's entry module has evaluated, 90–330 ms later on
 * the bench's slow profile, measured.
 */
export const loadJsapi = (platform: ClientPlatform): Promise<unknown> =>
  jsapiModules[platform]().then((loaded) => loaded.sdk);
