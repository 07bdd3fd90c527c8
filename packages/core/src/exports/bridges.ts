// The public ways to make a bridge: each passes `localize` (so the bridge's errors carry their
// messages), and the adapters take the full catalog, so calls may name their API.
import { jsapiBridge } from '../adapters/adapter';
import { type DingTalkPCGlobal, getDingTalkPCGlobal } from '../adapters/getDingTalkPCGlobal';
import { legacyBridge } from '../adapters/legacyBridge';
import { catalog } from '../catalog/catalog';
import { createBridge as guarded } from '../createBridge';
import { detectPlatform } from '../detectPlatform';
import { readHostEnv } from '../hostEnv';
import { hostVersion } from '../hostVersion';
import { loadJsapi } from '../load';
import { localize } from '../localize';
import type { Bridge, CreateBridgeOptions, Transport } from '../types';

/** Options of {@link createJsapiBridge}. */
export interface CreateJsapiBridgeOptions extends Omit<CreateBridgeOptions, 'catalog'> {}

/** Options of {@link createDingTalkPCBridge}. */
export interface CreateDingTalkPCBridgeOptions extends Omit<CreateBridgeOptions, 'catalog'> {}

const localizer =
  ({ locale }: CreateBridgeOptions) =>
  <E>(error: E) =>
    localize(error, locale);

/**
 * Wraps a transport into a `Bridge`: checks the signature `config` gets (and sends the default
 * `jsApiList` when none is given), validates params, checks platform support and authorisation
 * before anything crosses, maps failures to `DingTalkError` with their messages in, and makes
 * every call settle. Calls pass descriptors (from `@dingkit/core/apis`), or names when
 * `catalog` is given.
 */
export function createBridge(transport: Transport, options: CreateBridgeOptions = {}): Bridge {
  return guarded(transport, options, localizer(options));
}

/**
 * A `Bridge` over the official `dingtalk-jsapi` package (an optional peer dependency: install
 * it next to @dingkit/core). The package is imported on the first `config` or `call`, never on
 * import, so server rendering is safe. Calls go through the package's generic invoker with
 * explicit params; `config` can run again after a client-side navigation (the package's own
 * `dd.config` only runs once per page). Outside DingTalk every call rejects `NOT_IN_DINGTALK`
 * at once and nothing is loaded. It takes every API by name (it holds the full catalog);
 * `detectBridge()` gives the same bridge with a smaller first load.
 */
export function createJsapiBridge(options: CreateJsapiBridgeOptions = {}): Bridge {
  return jsapiBridge(detectPlatform(), { ...options, catalog }, loadJsapi, localizer(options));
}

/**
 * A `Bridge` over the legacy `DingTalkPC` global, for pages that still load the old PC script
 * instead of dingtalk-jsapi. Without the global (on a server, outside the client) it is a
 * working bridge whose calls reject `NOT_IN_DINGTALK`. It takes every API by name.
 */
export function createDingTalkPCBridge(
  global: DingTalkPCGlobal | undefined = getDingTalkPCGlobal(),
  options: CreateDingTalkPCBridgeOptions = {},
): Bridge {
  return legacyBridge(global, hostVersion(readHostEnv(), true), { ...options, catalog }, localizer(options));
}
