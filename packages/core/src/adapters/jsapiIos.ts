// One lazy chunk per platform: dingtalk-jsapi's core with only the ios bridge registered.
import 'dingtalk-jsapi/platform/ios.js';
import * as sdkModule from 'dingtalk-jsapi/lib/ddSdk.js';

/** dingtalk-jsapi's `lib/ddSdk` module, with the ios bridge registered. */
export const sdk: unknown = sdkModule;
