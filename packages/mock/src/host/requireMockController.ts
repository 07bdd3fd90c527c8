import type { Bridge } from '@dingkit/core';
import { getMockController } from '../createMockBridge';
import type { MockController } from '../MockController';

/** The controller of a mock bridge; for any other bridge, an error that names `component`. */
export function requireMockController(bridge: Bridge, component: string): MockController {
  const controller = getMockController(bridge);
  if (!controller) {
    throw new Error(
      `${component} needs the bridge returned by createMockBridge() (const { bridge } = createMockBridge()); it got another bridge.`,
    );
  }
  return controller;
}
