// The lazily imported chunk: everything needed only once DingTalk is actually talked to. It loads
// in parallel with dingtalk-jsapi's own lazy chunk, so the first call waits for no extra round trip.

import type { DingTalkPCGlobal } from './adapters/getDingTalkPCGlobal';
import { jsapiBridge } from './adapters/jsapiBridge';
import { legacyBridge } from './adapters/legacyBridge';
import type { loadJsapi } from './adapters/loadJsapi';
import type { Bridge } from './Bridge';
import type { CreateBridgeOptions } from './createBridge';
import type { DetectedPlatform } from './detectPlatform';

export { engine } from './engine';

/** The real bridge behind `detectBridge`: the legacy global's when there is one, else dingtalk-jsapi's. */
export function openBridge(
  legacy: DingTalkPCGlobal | undefined,
  detected: DetectedPlatform,
  options: CreateBridgeOptions,
  load: typeof loadJsapi,
): Bridge {
  return legacy ? legacyBridge(legacy, detected.version, options) : jsapiBridge(detected, options, load);
}
