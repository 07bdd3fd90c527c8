// The adapter of the legacy `DingTalkPC` global: a chunk of its own, loaded only on the pages
// that load the old PC script.
import { createBridge, type Localize, outsideTransport } from '../createBridge';
import { DingTalkError } from '../DingTalkError';
import type { Bridge, CreateBridgeOptions, JsapiConfig, ReadyInfo, Transport } from '../types';
import type { DingTalkPCGlobal } from './getDingTalkPCGlobal';
import { toReadyInfo } from './toReadyInfo';

const lookup = (
  root: DingTalkPCGlobal,
  api: string,
): ((params: Record<string, unknown>) => void) | undefined => {
  let parent: unknown;
  let node: unknown = root;
  for (const part of api.split('.')) {
    parent = node;
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  // Called on its namespace, as the page would call it.
  return typeof node === 'function'
    ? (node as (params: Record<string, unknown>) => void).bind(parent)
    : undefined;
};

/**
 * A `Bridge` over the legacy `DingTalkPC` global, whose client reports `version` (see
 * `createDingTalkPCBridge`, the public way in). Without the global its calls reject
 * `NOT_IN_DINGTALK`.
 */
export function legacyBridge(
  global: DingTalkPCGlobal | undefined,
  version: string | undefined,
  options: CreateBridgeOptions,
  localize?: Localize,
): Bridge {
  // ready/error are subscriptions on the global: hook them once and hand each outcome to the
  // config calls waiting at that moment, so config can run again (re-signing after a navigation).
  let hooked = false;
  let waiting: {
    jsApiList: readonly string[];
    resolve(info: ReadyInfo): void;
    reject(error: unknown): void;
  }[] = [];
  const settle = (outcome: { ok: true; info: unknown } | { ok: false; error: unknown }) => {
    const now = waiting;
    waiting = [];
    for (const waiter of now) {
      if (outcome.ok) waiter.resolve(toReadyInfo(outcome.info, waiter.jsApiList));
      else waiter.reject(outcome.error);
    }
  };

  const transport: Transport = global
    ? {
        platform: 'pc',
        version,
        config(config: JsapiConfig) {
          return new Promise<ReadyInfo>((resolve, reject) => {
            waiting.push({ jsApiList: config.jsApiList, resolve, reject });
            if (!hooked) {
              hooked = true;
              global.ready((info) => settle({ ok: true, info }));
              global.error((error) => settle({ ok: false, error }));
            }
            global.config({ ...config, jsApiList: [...config.jsApiList] });
          });
        },
        invoke(api, params, { onProgress, api: descriptor }) {
          const fn = lookup(global, descriptor?.calls ?? api);
          if (!fn) {
            return Promise.reject(new DingTalkError('UNSUPPORTED', { api, details: { reason: 'legacy' } }));
          }
          return new Promise((resolve, reject) => {
            fn({
              ...(descriptor?.send ? descriptor.send(params, 'pc') : params),
              ...(onProgress ? { onProgress } : {}),
              onSuccess: resolve,
              onFail: reject,
            });
          });
        },
        on(event, listener) {
          global.addEventListener?.(event, listener);
          return () => global.removeEventListener?.(event, listener);
        },
      }
    : outsideTransport;

  return createBridge(transport, options, localize);
}
