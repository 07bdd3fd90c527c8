import type { ApiName, ApiParams, CallResult, SignatureKey } from '@dingkit/core';
import { useApiCall } from './useApiCall';

/** Defaults a hook accepts: any of the API's params. */
export type ApiDefaults<A extends ApiName> =
  ApiParams<A> extends infer P ? (P extends unknown ? Partial<P> : never) : never;

type Filled<F extends SignatureKey> = [F] extends [never] ? Record<never, never> : Record<F, unknown>;

/**
 * An action hook of one API. Params given in `defaults` become optional in `run`; keys in `F` are
 * taken from the provider's signature when not given.
 */
export interface ApiHook<A extends ApiName, F extends SignatureKey = never> {
  (): CallResult<A, Filled<F>>;
  <D extends ApiDefaults<A>>(defaults?: D): CallResult<A, D & Filled<F>>;
}

/** Makes the action hook of one API (`useConfirm = createApiHook('device.notification.confirm')`). */
export function createApiHook<A extends ApiName, F extends SignatureKey = never>(
  api: A,
  fromSignature?: readonly F[],
): ApiHook<A, F> {
  return function useApi(defaults?: ApiDefaults<A>) {
    return useApiCall(api, defaults, fromSignature) as never;
  };
}
