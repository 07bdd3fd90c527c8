import type { Bridge } from '../Bridge';
import type { CreateBridgeOptions } from '../createBridge';
import { createDingTalkPCBridge, getDingTalkPCGlobal } from './createDingTalkPCBridge';
import { createJsapiBridge } from './createJsapiBridge';

/**
 * The bridge for where the page runs: the legacy `DingTalkPC` adapter when the page loaded the
 * old PC script, else the dingtalk-jsapi adapter (whose platform comes from `detectPlatform`).
 * Outside DingTalk and on a server it is still a working bridge: its calls reject
 * `NOT_IN_DINGTALK` at once.
 */
export function detectBridge(options: CreateBridgeOptions = {}): Bridge {
  const legacy = getDingTalkPCGlobal();
  return legacy ? createDingTalkPCBridge(legacy, options) : createJsapiBridge(options);
}
