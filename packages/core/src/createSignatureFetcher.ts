import { DingTalkError } from './DingTalkError';
import { localize } from './localize';
import type { SignatureConfig } from './types';

/**
 * Makes the provider's `getSignature` from your signing endpoint. It asks
 * `GET <endpoint>?url=<encodeURIComponent(page URL)>` (`&url=` when the endpoint has a query) and
 * expects what `@dingkit/server`'s handler answers on `…/signature`; any server that answers the
 * same works:
 *
 * - `200` with the JSON `{ agentId, corpId, timeStamp, nonceStr, signature }`;
 * - any other status with the JSON `{ error, message }`, e.g.
 *   `403 { error: 'ORIGIN_NOT_ALLOWED', message: '… is not in allowedOrigins …' }`.
 *
 * A failure rejects `SIGNATURE_FAILED` (the provider's handshake error then) whose message gives
 * the HTTP status and the server's `error` and `message`, and whose `details` are
 * `{ url, status, error, message, endpoint }` (`url`: the page URL to sign). An answer that is not JSON and
 * an endpoint that cannot be reached reject `SIGNATURE_FAILED` too, saying what to check, with
 * the parse or network error as `cause`.
 *
 * @param endpoint The endpoint, relative to the page or absolute, e.g. `'/api/dingtalk/signature'`.
 * @param init Options for `fetch`, e.g. `{ credentials: 'include' }` for an endpoint on another
 * origin that needs a cookie. @default undefined
 * @example
 * const getSignature = createSignatureFetcher('/api/dingtalk/signature');
 * <DingTalkProvider getSignature={getSignature}>…</DingTalkProvider>
 */
export function createSignatureFetcher(
  endpoint: string,
  init?: RequestInit,
): (url: string) => Promise<SignatureConfig> {
  return async (url) => {
    let response: Response | undefined;
    let body: { error?: unknown; message?: unknown } | null | undefined;
    let cause: unknown;
    try {
      response = await fetch(
        `${endpoint}${endpoint.includes('?') ? '&' : '?'}url=${encodeURIComponent(url)}`,
        init,
      );
      body = await response.json();
    } catch (error) {
      cause = error;
    }
    if (response?.ok && body) return body as unknown as SignatureConfig;
    const { error, message } = body ?? {};
    throw await localize(
      new DingTalkError('SIGNATURE_FAILED', {
        api: 'getSignature',
        details: {
          url,
          status: response?.status,
          error,
          message,
          endpoint,
          reason: response ? 'answered' : 'unreachable',
        },
        cause,
      }),
    );
  };
}
