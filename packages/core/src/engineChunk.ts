// The lazily imported chunk: everything needed only once DingTalk is actually talked to. It loads
// in parallel with dingtalk-jsapi's own lazy chunk, so the first call waits for no extra round trip.

import type { DingTalkPCGlobal } from './adapters/getDingTalkPCGlobal';
import { jsapiBridge } from './adapters/jsapiBridge';
import { legacyBridge } from './adapters/legacyBridge';
import type { loadJsapi } from './adapters/loadJsapi';
import type { Bridge, Platform } from './Bridge';
import type { CreateBridgeOptions } from './createBridge';
import type { HostEnv } from './hostEnv';
import { hostVersion } from './hostVersion';

export { engine } from './engine';

/** The real bridge behind `detectBridge`: the legacy global's when there is one, else dingtalk-jsapi's. */
export function openBridge(
  legacy: DingTalkPCGlobal | undefined,
  platform: Platform,
  env: HostEnv | undefined,
  options: CreateBridgeOptions,
  load: typeof loadJsapi,
): Bridge {
  // The host read up front is passed in, so that this chunk shares no module with the first load.
  return legacy
    ? legacyBridge(legacy, hostVersion(env, true), options)
    : jsapiBridge({ platform, version: hostVersion(env) }, options, load);
}
