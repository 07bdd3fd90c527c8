// The lazily imported chunk: everything needed only once DingTalk is actually talked to. It loads
// in parallel with dingtalk-jsapi's own lazy chunk, so the first call waits for no extra round trip.

import { createDingTalkPCBridge, type DingTalkPCGlobal } from './adapters/createDingTalkPCBridge';
import { jsapiBridge } from './adapters/createJsapiBridge';
import type { Bridge } from './Bridge';
import type { CreateBridgeOptions } from './createBridge';
import type { DetectedPlatform } from './detectPlatform';

export { engine } from './engine';

/** The real bridge behind `detectBridge`: the legacy global's when there is one, else dingtalk-jsapi's. */
export function openBridge(
  legacy: DingTalkPCGlobal | undefined,
  detected: DetectedPlatform,
  options: CreateBridgeOptions,
): Bridge {
  return legacy ? createDingTalkPCBridge(legacy, options) : jsapiBridge(detected, options);
}
