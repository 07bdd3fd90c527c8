import {
  type ApiDescriptor,
  type ApiName,
  type CallResult,
  DingTalkError,
  loadApi,
  localize,
} from '@dingkit/core';
import type { ApiDefaults } from '../createApiHook';
import { useDingTalkClient } from '../DingTalkContext';
import { useApiCall } from '../useApiCall';

/**
 * The action hook of any catalog API, typed from the catalog: `useJsApi('biz.util.chosen')`.
 * 任意目录中的 JS-API 的 hook，按名称调用，类型来自目录。
 *
 * Each `run` looks the API up in the full catalog (a chunk of its own, loaded on the first `run`);
 * a name the catalog does not know rejects `UNSUPPORTED`, as `isSupported` says. Prefer the named
 * hooks where they exist: they carry their descriptor.
 */
export function useJsApi<A extends ApiName>(api: A): CallResult<A>;
export function useJsApi<A extends ApiName, D extends ApiDefaults<A>>(api: A, defaults?: D): CallResult<A, D>;
export function useJsApi<A extends ApiName>(api: A, defaults?: ApiDefaults<A>): CallResult<A> {
  const client = useDingTalkClient('useJsApi');
  const lookup = () =>
    loadApi(api)
      .then((found) => found ?? Promise.reject(new DingTalkError('UNSUPPORTED', { api })))
      .catch((error: unknown) =>
        localize(error, client.locale).then((localized) => Promise.reject(localized)),
      ) as Promise<ApiDescriptor<A>>;
  return useApiCall('useJsApi', lookup, defaults, undefined, api) as never;
}
