import type { Bridge, JsapiConfig, ReadyInfo, Transport } from '../Bridge';
import { type CreateBridgeOptions, createBridge, outsideTransport } from '../createBridge';
import { DingTalkError } from '../DingTalkError';
import { explicitParams } from './explicitParams';
import type { DingTalkPCGlobal } from './getDingTalkPCGlobal';

import { toReadyInfo } from './toReadyInfo';

export type { DingTalkPCGlobal } from './getDingTalkPCGlobal';

/** Options of {@link createDingTalkPCBridge}. */
export interface CreateDingTalkPCBridgeOptions extends CreateBridgeOptions {}

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
  options: CreateDingTalkPCBridgeOptions,
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
        invoke(api, params, context) {
          const fn = lookup(global, api);
          if (!fn) {
            return Promise.reject(
              new DingTalkError(
                'UNSUPPORTED',
                `${api} is not in the legacy DingTalkPC script. Load dingtalk-jsapi instead (createJsapiBridge) to use it.`,
                { api },
              ),
            );
          }
          return new Promise((resolve, reject) => {
            fn({
              ...explicitParams(api, 'pc', params),
              ...(context.onProgress ? { onProgress: context.onProgress } : {}),
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

  return createBridge(transport, options);
}
