// One lazy chunk per platform: dingtalk-jsapi's core with only the pc bridge registered.
import 'dingtalk-jsapi/platform/pc.js';
import * as sdkModule from 'dingtalk-jsapi/lib/ddSdk.js';

/** dingtalk-jsapi's `lib/ddSdk` module, with the pc bridge registered. */
export const sdk: unknown = sdkModule;
