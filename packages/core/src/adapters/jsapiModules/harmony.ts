// What dingkit loads of dingtalk-jsapi on harmony, behind one lazy import of this module: an app's
// bundler then puts the package's CommonJS interop in this lazy chunk, not in the first load.
import 'dingtalk-jsapi/platform/harmony.js';

export * as sdk from 'dingtalk-jsapi/lib/ddSdk.js';
// The deferred chunk travels with these modules: see `loadJsapi`.
export { withPlatform } from '../../deferred';
