import type { ApiName, CallResult } from '@dingkit/core';
import type { ApiDefaults } from '../createApiHook';
import { useApiCall } from '../useApiCall';

/**
 * The action hook of any catalog API, typed from the catalog:
 * `const { run } = useJsApi('device.notification.vibrate')`. The API's descriptor comes from the
 * full catalog, loaded (a chunk of its own) on the first `run`. Prefer the named hooks where
 * they exist: they carry their descriptor.
 */
export function useJsApi<A extends ApiName>(api: A): CallResult<A>;
export function useJsApi<A extends ApiName, D extends ApiDefaults<A>>(api: A, defaults?: D): CallResult<A, D>;
export function useJsApi<A extends ApiName>(api: A, defaults?: ApiDefaults<A>): CallResult<A> {
  return useApiCall('useJsApi', api, defaults) as never;
}
