import type { Bridge, Platform } from './Bridge';
import type { ApiName } from './catalog/ApiMap';
import { catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import { validateParams } from './catalog/validate';
import type {
  ClientCallOptions,
  DingTalkClient,
  DingTalkClientOptions,
  DingTalkState,
  SignatureField,
  SignatureKey,
} from './DingTalkClient';
import { DingTalkError } from './DingTalkError';
import { handshake, type Outcome } from './handshake';
import { hostVersion } from './hostVersion';
import { notInDingTalk } from './notInDingTalk';

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
   * A client's call: without a handshake (`signed` false) an API that needs `jsApiList`
   * authorisation rejects `UNAUTHORIZED`; the keys taken from the signature are filled in once the
   * handshake is done; then it validates (`INVALID_PARAMS`) and goes to the bridge when
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
    try {
      // Before filling: a signature to fill from is what such a call lacks.
      if (!signed && bridge.platform !== 'notInDingTalk' && catalog[api]?.auth) {
        throw new DingTalkError(
          'UNAUTHORIZED',
          `${api} needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.`,
          { api },
        );
      }
      const keys = fromSignature.filter((path) => {
        const [key, outer] = split(path);
        const holder = outer ? params[outer] : params;
        return !!holder && (holder as Record<string, unknown>)[key] === undefined;
      });
      if (keys.length) {
        return afterReady(() =>
          engine.call(
            client,
            bridge,
            api,
            fill(api, params, keys, client.getState(), bridge.platform),
            options,
            signed,
            afterReady,
          ),
        );
      }
      validateParams(api, params);
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

/** A path's key and the param it sits in, if any: `'space.corpId'` → `['corpId', 'space']`. */
const split = (path: SignatureField) => path.split('.').reverse() as [SignatureKey, string?];

/**
 * `params` with the keys at `paths` taken from the handshake's signature; `INVALID_PARAMS` when it
 * has none (`NOT_IN_DINGTALK` outside DingTalk, where there never is one).
 */
function fill(
  api: ApiName,
  params: Record<string, unknown>,
  paths: readonly SignatureField[],
  state: DingTalkState,
  platform: Platform,
) {
  const filled = { ...params };
  for (const path of paths) {
    const [key, outer] = split(path);
    const value = state[key];
    if (value === undefined) {
      throw platform === 'notInDingTalk'
        ? notInDingTalk(api)
        : new DingTalkError(
            'INVALID_PARAMS',
            `${api} needs ${path}. Pass it to run(), or give DingTalkProvider a getSignature: the ${key} of its signature is used.`,
            { api, field: path },
          );
    }
    if (outer) filled[outer] = { ...(filled[outer] as object), [key]: value };
    else filled[key] = value;
  }
  return filled;
}

/** The {@link engine}'s type. */
export type Engine = typeof engine;
