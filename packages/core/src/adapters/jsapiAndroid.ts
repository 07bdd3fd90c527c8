// One lazy chunk per platform: dingtalk-jsapi's core with only the android bridge registered.
import 'dingtalk-jsapi/platform/android.js';
import * as sdkModule from 'dingtalk-jsapi/lib/ddSdk.js';

/** dingtalk-jsapi's `lib/ddSdk` module, with the android bridge registered. */
export const sdk: unknown = sdkModule;
