import type { EmulateDingTalkOptions, EmulatedFailure, EmulatedRequest, EmulatorCallContext } from './types';

/** What one request came to: the result, or the failure body. */
export type EmulatedOutcome = { ok: true; result: unknown } | { ok: false; failure: EmulatedFailure };

/** What the platform-specific parts get from `emulateDingTalk`. */
export interface EmulatorRuntime {
  readonly win: Window & Record<string, unknown>;
  readonly options: EmulateDingTalkOptions & { version: string };
  readonly requests: EmulatedRequest[];
  /** Answers one request after the latency; never rejects. Resolves `undefined` once uninstalled. */
  answer(
    method: string,
    params: Record<string, unknown>,
    emit: EmulatorCallContext['emit'],
  ): Promise<EmulatedOutcome | undefined>;
  /** Runs `fn` on a later task unless uninstalled meanwhile. */
  later(fn: () => void, ms?: number): void;
  /** Registers a restore step for `uninstall`. */
  onUninstall(restore: () => void): void;
  /** Sets `target[key]`, restoring the previous own property (or its absence) on uninstall. */
  setProperty(target: object, key: string, value: unknown): void;
  readonly active: () => boolean;
}

/** The handshake's method per platform. */
export const authMethods = {
  pc: 'config',
  ios: 'runtime.permission.requestJsApis',
  android: 'runtime.permission.requestJsApis',
  harmony: 'runtime.permission.requestJsApis',
};

/** A copy of what crosses a native bridge: data only, functions and undefined dropped. */
export const plain = (value: unknown): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return {};
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
};
