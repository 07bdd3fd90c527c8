import {
  type ApiDescriptor,
  type ApiName,
  CallObserver,
  type CallResult,
  type SignatureField,
} from '@dingkit/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/**
 * The state and `run` of one API's calls, for the component that uses it (the `hook` its errors
 * name). The API is its descriptor, or a function that resolves with it (then `key` names it).
 * `run` keeps its identity; a call still pending when the component unmounts is aborted and sets
 * no state.
 */
export function useApiCall<A extends ApiName, D>(
  hook: string,
  api: ApiDescriptor<A> | (() => Promise<ApiDescriptor<A>>),
  defaults: D | undefined,
  fromSignature?: readonly SignatureField[],
  key: unknown = api,
): CallResult<A, D> {
  const client = useDingTalkClient(hook);
  const create = () => new CallObserver<A, D>(client, api, { defaults: defaults as never, fromSignature });
  // Held in state, made anew when the client or the API changes; later defaults arrive through setDefaults.
  const [held, hold] = useState(() => ({ client, key, observer: create() }));
  let { observer } = held;
  if (held.client !== client || held.key !== key) {
    observer = create();
    hold({ client, key, observer });
  }
  useEffect(() => observer.setDefaults(defaults as never));
  useEffect(() => observer.mount(), [observer]);
  return useSyncExternalStore(observer.subscribe, observer.getResult, observer.getResult);
}
