import type { Platform } from '../Bridge';

const platformModules = {
  pc: () => import('./jsapiModules/pc'),
  ios: () => import('./jsapiModules/ios'),
  android: () => import('./jsapiModules/android'),
};

/**
 * Imports dingtalk-jsapi's core with the bridge of one platform registered, and resolves with
 * the core's module (`lib/ddSdk`). Only these are loaded, when first needed: evaluating the
 * package needs `self` (it throws on a server), and its full namespace is far bigger than what
 * one app calls. The paths end in `.js` for native Node ESM, which does not complete CommonJS
 * subpaths.
 */
export const loadJsapi = (platform: Exclude<Platform, 'notInDingTalk'>): Promise<unknown> =>
  platformModules[platform]().then((loaded) => loaded.sdk);
