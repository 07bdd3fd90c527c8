import { type ApiName, CallObserver, type CallResult, type SignatureField } from '@dingkit/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/**
 * The state and `run` of one API's calls, for the component that uses it (the `hook` its errors
 * name). `run` keeps its identity; a call still pending when the component unmounts is aborted
 * and sets no state.
 */
export function useApiCall<A extends ApiName, D>(
  hook: string,
  api: A,
  defaults: D | undefined,
  fromSignature?: readonly SignatureField[],
): CallResult<A, D> {
  const client = useDingTalkClient(hook);
  // biome-ignore lint/correctness/useExhaustiveDependencies: later defaults arrive through setDefaults
  const observer = useMemo(
    () => new CallObserver<A, D>(client, api, { defaults: defaults as never, fromSignature }),
    [client, api],
  );
  useEffect(() => observer.setDefaults(defaults as never));
  useEffect(() => observer.mount(), [observer]);
  return useSyncExternalStore(observer.subscribe, observer.getResult, observer.getResult);
}
