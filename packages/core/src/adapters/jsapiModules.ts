import type { Platform } from '../Bridge';

// Only the core of dingtalk-jsapi and the bridge of the one platform the page runs on are loaded,
// on the first call: evaluating the package needs `self` (it throws on a server), and its full
// namespace is far bigger than what one app calls. The package's `.js` paths (in jsapiPc…) are
// explicit for native Node ESM, which does not complete CommonJS subpaths.
/**
 * Imports dingtalk-jsapi's core with the bridge of one platform registered (one lazy chunk each);
 * the module's `sdk` is the package's `lib/ddSdk` module.
 */
export const jsapiModules: Record<Exclude<Platform, 'notInDingTalk'>, () => Promise<{ sdk: unknown }>> = {
  pc: () => import('./jsapiPc'),
  ios: () => import('./jsapiIos'),
  android: () => import('./jsapiAndroid'),
};
