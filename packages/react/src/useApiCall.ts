import { type ApiName, CallObserver, type CallResult, type SignatureKey } from '@dingkit/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/**
 * The state and `run` of one API's calls, for the component that uses it. `run` keeps its
 * identity; a call still pending when the component unmounts is aborted and sets no state.
 */
export function useApiCall<A extends ApiName, D>(
  api: A,
  defaults: D | undefined,
  fromSignature?: readonly SignatureKey[],
): CallResult<A, D> {
  const client = useDingTalkClient(`The hook of ${api}`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: later defaults arrive through setDefaults
  const observer = useMemo(
    () => new CallObserver<A, D>(client, api, { defaults: defaults as never, fromSignature }),
    [client, api],
  );
  useEffect(() => observer.setDefaults(defaults as never));
  useEffect(() => observer.mount(), [observer]);
  return useSyncExternalStore(observer.subscribe, observer.getResult, observer.getResult);
}
