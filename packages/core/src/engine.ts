import type { ApiName } from './catalog/ApiMap';
import { catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import { validateParams } from './catalog/validate';
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
};

/** The {@link engine}'s type. */
export type Engine = typeof engine;
