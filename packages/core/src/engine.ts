import type { Bridge } from './Bridge';
import type { ApiName } from './catalog/ApiMap';
import { catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import { validateParams } from './catalog/validate';
import type {
  ClientCallOptions,
  DingTalkClient,
  DingTalkClientOptions,
  DingTalkState,
  SignatureKey,
} from './DingTalkClient';
import { DingTalkError } from './DingTalkError';
import { handshake, type Outcome } from './handshake';
import { hostVersion } from './hostVersion';

/**
 * What the client needs once DingTalk is talked to: validation, the catalog's support and
 * authorisation facts, the client version, and the handshake with its diagnoses and outcome. It
 * comes with every bridge made by `createBridge`, or in the lazily loaded chunk behind
 * `detectBridge`, so a page's first load carries none of it.
 */
export const engine = {
  isSupported,
  handshake,
  hostVersion,
  /**
   * A client's call: fills in the keys taken from the signature once the handshake is done, then
   * validates (`INVALID_PARAMS`); without a handshake (`signed` false) an API that needs
   * `jsApiList` authorisation rejects `UNAUTHORIZED`; else the call goes to the bridge when
   * `afterReady` lets it (at once when ready, else after the handshake). Never throws.
   */
  call(
    client: DingTalkClient,
    bridge: Bridge,
    api: ApiName,
    params: Record<string, unknown>,
    { fromSignature = [], ...options }: ClientCallOptions<never>,
    signed: boolean,
    afterReady: <T>(then: () => Promise<T>) => Promise<T>,
  ): Promise<unknown> {
    const keys = fromSignature.filter((key) => params[key] === undefined);
    try {
      if (keys.length) {
        return afterReady(() =>
          engine.call(
            client,
            bridge,
            api,
            fill(api, params, keys, client.getState()),
            options,
            signed,
            afterReady,
          ),
        );
      }
      validateParams(api, params);
      if (!signed && bridge.platform !== 'notInDingTalk' && catalog[api]?.auth) {
        throw new DingTalkError(
          'UNAUTHORIZED',
          `${api} needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.`,
          { api },
        );
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return afterReady(() => bridge.call(api, params as never, options));
  },
  /** Puts a handshake's outcome into a client's state, then tells `onReady` or `onError`. */
  settle(
    { error, ready, state }: Outcome,
    set: (patch: Partial<DingTalkState>) => void,
    { onReady, onError }: DingTalkClientOptions,
  ): void {
    set(error ? { status: 'error', error } : state!);
    if (error) onError?.(error);
    else onReady?.(ready!);
  },
};

/** `params` with `keys` taken from the handshake's signature; `INVALID_PARAMS` when it has none. */
function fill(
  api: ApiName,
  params: Record<string, unknown>,
  keys: readonly SignatureKey[],
  state: DingTalkState,
) {
  const filled = { ...params };
  for (const key of keys) {
    if (state[key] === undefined) {
      throw new DingTalkError(
        'INVALID_PARAMS',
        `${api} needs ${key}. Pass it to run(), or give DingTalkProvider a getSignature: the ${key} of its signature is used.`,
        { api, field: key },
      );
    }
    filled[key] = state[key];
  }
  return filled;
}

/** The {@link engine}'s type. */
export type Engine = typeof engine;
