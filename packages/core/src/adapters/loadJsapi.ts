import type { Platform } from '../Bridge';

const platformModules = {
  pc: () => import('dingtalk-jsapi/platform/pc.js'),
  ios: () => import('dingtalk-jsapi/platform/ios.js'),
  android: () => import('dingtalk-jsapi/platform/android.js'),
};

/**
 * Imports dingtalk-jsapi's core with the bridge of one platform registered, and resolves with
 * the core's module (`lib/ddSdk`). Only these are loaded, when first needed: evaluating the
 * package needs `self` (it throws on a server), and its full namespace is far bigger than what
 * one app calls. The paths end in `.js` for native Node ESM, which does not complete CommonJS
 * subpaths.
 */
export const loadJsapi = (platform: Exclude<Platform, 'notInDingTalk'>): Promise<unknown> =>
  Promise.all([platformModules[platform](), import('dingtalk-jsapi/lib/ddSdk.js')]).then(([, sdk]) => sdk);
