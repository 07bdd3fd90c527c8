import type { ApiDescriptor, ApiName, ApiParams, CallResult, SignatureField } from '@dingkit/core';
import { useApiCall } from './useApiCall';

/** Defaults a hook accepts: any of the API's params. */
export type ApiDefaults<A extends ApiName> =
  ApiParams<A> extends infer P ? (P extends unknown ? Partial<P> : never) : never;

type Flat<T> = { [K in keyof T]: T[K] };
/** The param a signature field fills: `'calleeCorpId=corpId'` → `'calleeCorpId'`. */
type Filled<F> = F extends `${infer N}=${string}` ? N : F;
type Outer<F> = F extends `${infer O}.${string}` ? O : never;
type Inner<F, K> = F extends `${K & string}.${infer I}` ? I : never;

/**
 * `P` with the params at `F` optional: keys of its own (`'corpId'`), one level down
 * (`'space.corpId'`) or of another name (`'calleeCorpId=corpId'`), the ones a hook takes from the
 * provider's signature when not given.
 */
export type SignatureOptional<P, F extends string> = Optional<P, Filled<F>>;

type Optional<P, F extends string> = [F] extends [never]
  ? P
  : P extends object
    ? Flat<
        {
          [K in keyof P as K extends F ? never : K]: K extends Outer<F> ? Optional<P[K], Inner<F, K>> : P[K];
        } & {
          [K in keyof P as K extends F ? K : never]?: P[K];
        }
      >
    : P;

/**
 * An action hook of one API. Params given in `defaults` become optional in `run`; those at `F`
 * are taken from the provider's signature when not given, so they are optional too. The hook
 * carries its API's descriptor and those keys, for tables and `isSupported(hook)`.
 */
export interface ApiHook<A extends ApiName, F extends SignatureField = never> {
  (): CallResult<A, Record<never, never>, SignatureOptional<ApiParams<A>, F>>;
  <D extends ApiDefaults<A>>(defaults?: D): CallResult<A, D, SignatureOptional<ApiParams<A>, F>>;
  /** The descriptor of the API the hook calls. */
  readonly api: ApiDescriptor<A>;
  /** The params the hook takes from the provider's signature when not given. */
  readonly fromSignature: readonly F[];
}

/**
 * Makes the action hook of one API, named `hook` in its errors
 * (`useConfirm = createApiHook(deviceNotificationConfirm, 'useConfirm')`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function createApiHook<A extends ApiName, F extends SignatureField = never>(
  api: ApiDescriptor<A>,
  hook: string,
  fromSignature: readonly F[] = [],
): ApiHook<A, F> {
  const useApi = (defaults?: ApiDefaults<A>) => useApiCall(hook, api, defaults, fromSignature);
  return Object.assign(useApi, { api, fromSignature }) as never;
}
