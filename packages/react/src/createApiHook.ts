import type { ApiName, ApiParams, CallResult, SignatureField } from '@dingkit/core';
import { useApiCall } from './useApiCall';

/** Defaults a hook accepts: any of the API's params. */
export type ApiDefaults<A extends ApiName> =
  ApiParams<A> extends infer P ? (P extends unknown ? Partial<P> : never) : never;

type Flat<T> = { [K in keyof T]: T[K] };
type Outer<F> = F extends `${infer O}.${string}` ? O : never;
type Inner<F, K> = F extends `${K & string}.${infer I}` ? I : never;

/**
 * `P` with the params at `F` optional: keys of its own (`'corpId'`) or one level down
 * (`'space.corpId'`), the ones a hook takes from the provider's signature when not given.
 */
export type SignatureOptional<P, F extends string> = [F] extends [never]
  ? P
  : P extends object
    ? Flat<
        {
          [K in keyof P as K extends F ? never : K]: K extends Outer<F>
            ? SignatureOptional<P[K], Inner<F, K>>
            : P[K];
        } & {
          [K in keyof P as K extends F ? K : never]?: P[K];
        }
      >
    : P;

/**
 * An action hook of one API. Params given in `defaults` become optional in `run`; those at `F`
 * are taken from the provider's signature when not given, so they are optional too.
 */
export interface ApiHook<A extends ApiName, F extends SignatureField = never> {
  (): CallResult<A, Record<never, never>, SignatureOptional<ApiParams<A>, F>>;
  <D extends ApiDefaults<A>>(defaults?: D): CallResult<A, D, SignatureOptional<ApiParams<A>, F>>;
}

/**
 * Makes the action hook of one API, named `hook` in its errors
 * (`useConfirm = createApiHook('device.notification.confirm', 'useConfirm')`).
 */
export function createApiHook<A extends ApiName, F extends SignatureField = never>(
  api: A,
  hook: string,
  fromSignature?: readonly F[],
): ApiHook<A, F> {
  return function useApi(defaults?: ApiDefaults<A>) {
    return useApiCall(hook, api, defaults, fromSignature) as never;
  };
}
