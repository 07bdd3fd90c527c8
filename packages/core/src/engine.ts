import type { SignatureKey } from './CallObserver';
import type { ApiName } from './catalog/ApiMap';
import { catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import { validateParams } from './catalog/validate';
import type { DingTalkState } from './DingTalkClient';
import { DingTalkError } from './DingTalkError';
import { handshake } from './handshake';

/**
 * What the client needs once DingTalk is talked to: validation, the catalog's support and
 * authorisation facts, and the handshake with its diagnoses. It comes with every bridge made by
 * `createBridge`, or in the lazily loaded chunk behind `detectBridge`, so a page's first load
 * carries none of it.
 */
export const engine = {
  validateParams,
  isSupported,
  handshake,
  /** Throws `UNAUTHORIZED` for an API that needs `jsApiList` authorisation, when there is no handshake. */
  checkAuth(api: ApiName): void {
    if (catalog[api]?.auth) {
      throw new DingTalkError(
        'UNAUTHORIZED',
        `${api} needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.`,
        { api },
      );
    }
  },
  /** `params` with `keys` taken from the handshake's signature; `INVALID_PARAMS` when it has none. */
  fill(api: ApiName, params: Record<string, unknown>, keys: readonly SignatureKey[], state: DingTalkState) {
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
  },
};

/** The {@link engine}'s type. */
export type Engine = typeof engine;
