import type { Bridge } from '@dingkit/core';
import {
  type EmulateDingTalkOptions,
  type EmulatedConfigOutcome,
  type EmulatedDingTalk,
  type EmulatedRequest,
  type EmulatorHandler,
  emulateDingTalk,
} from '@dingkit/mock/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { watchUnhandledRejections } from './watchUnhandledRejections';

/** Fails every call, naming the method: what a test answers for calls it did not expect. */
export const unexpected: EmulatorHandler = (method) => {
  throw { errorCode: 'TEST', errorMessage: `unexpected call to ${method}` };
};

/** One emulated client for a suite: what its tests script, and what they read back. */
export interface EmulatedContainer {
  /** Answers the page's calls; before each test, one that fails every call as unexpected. */
  handler: EmulatorHandler;
  /** The handshake's outcome; before each test, `{ status: 'ready' }`. */
  config: EmulatedConfigOutcome | ((params: Record<string, unknown>) => EmulatedConfigOutcome);
  readonly emulator: EmulatedDingTalk;
  /** The bridge under test, created once the client is emulated. */
  readonly bridge: Bridge;
  /** The requests the client received during the current test. */
  newRequests(): EmulatedRequest[];
  /** The rejections nobody handled while the suite ran. */
  readonly unhandledRejections: unknown[];
}

/**
 * Emulates a DingTalk client for the suite (from its first test to its last) and creates the
 * bridge under test in it; every test starts with no expected calls and a ready handshake.
 */
export function setUpContainer(
  options: Omit<EmulateDingTalkOptions, 'handle' | 'config'>,
  createBridge: () => Bridge,
): EmulatedContainer {
  let emulator: EmulatedDingTalk | undefined;
  let bridge: Bridge | undefined;
  let rejections: ReturnType<typeof watchUnhandledRejections> | undefined;
  let seen = 0;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The emulated container exists from the suite’s first test on.');
    return value;
  };
  const container: EmulatedContainer = {
    handler: unexpected,
    config: { status: 'ready' },
    get emulator() {
      return started(emulator);
    },
    get bridge() {
      return started(bridge);
    },
    newRequests: () => started(emulator).requests.slice(seen),
    get unhandledRejections() {
      return started(rejections).reasons;
    },
  };
  beforeAll(() => {
    rejections = watchUnhandledRejections();
    emulator = emulateDingTalk({
      ...options,
      handle: (method, params, context) => container.handler(method, params, context),
      config: (params) =>
        typeof container.config === 'function' ? container.config(params) : container.config,
    });
    bridge = createBridge();
  });
  beforeEach(() => {
    container.handler = unexpected;
    container.config = { status: 'ready' };
    seen = started(emulator).requests.length;
  });
  afterAll(() => {
    emulator?.uninstall();
    rejections?.stop();
  });
  return container;
}
