/**
 * The global of the legacy PC script (`dingtalk-pc-api/…/index.js`): `config`/`ready`/`error`,
 * namespaces such as `DingTalkPC.device.notification.alert({ …, onSuccess, onFail })`, and
 * `addEventListener('leftBtnClick', fn)`.
 */
export interface DingTalkPCGlobal {
  config(config: Record<string, unknown>): void;
  ready(callback: (info?: unknown) => void): void;
  error(callback: (error: unknown) => void): void;
  addEventListener?(event: string, listener: (payload: unknown) => void): void;
  removeEventListener?(event: string, listener: (payload: unknown) => void): void;
  /** Namespaces (`device`, `biz`, `runtime`) holding the API functions. */
  readonly [namespace: string]: unknown;
}

/** The legacy global when the page loaded the old PC script, else `undefined`. SSR-safe. */
export function getDingTalkPCGlobal(): DingTalkPCGlobal | undefined {
  const candidate = (globalThis as { window?: { DingTalkPC?: DingTalkPCGlobal } }).window?.DingTalkPC;
  return typeof candidate === 'object' && typeof candidate?.config === 'function' ? candidate : undefined;
}
