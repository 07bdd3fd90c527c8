import {
  type ApiDescriptor,
  type ApiName,
  CallObserver,
  type CallResult,
  type DingTalkClient,
  DingTalkError,
  loadApi,
  localize,
  type SignatureField,
} from '@dingkit/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/**
 * The descriptor of the API named `name`, from the full catalog (loaded on the first call);
 * `UNSUPPORTED` for a name the catalog does not know, as `isSupported` says.
 */
const lookup = <A extends ApiName>(client: DingTalkClient, name: A) =>
  loadApi(name)
    .then((api) => api ?? Promise.reject(new DingTalkError('UNSUPPORTED', { api: name })))
    .catch((error: unknown) =>
      localize(error, client.locale).then((localized) => Promise.reject(localized)),
    ) as Promise<ApiDescriptor<A>>;

/**
 * The state and `run` of one API's calls (its descriptor, or its name), for the component that
 * uses it (the `hook` its errors name). `run` keeps its identity; a call still pending when the
 * component unmounts is aborted and sets no state.
 */
export function useApiCall<A extends ApiName, D>(
  hook: string,
  api: A | ApiDescriptor<A>,
  defaults: D | undefined,
  fromSignature?: readonly SignatureField[],
): CallResult<A, D> {
  const client = useDingTalkClient(hook);
  const create = () =>
    new CallObserver<A, D>(client, typeof api === 'string' ? () => lookup(client, api) : api, {
      defaults: defaults as never,
      fromSignature,
    });
  // Held in state, made anew when the client or the API changes; later defaults arrive through setDefaults.
  const [held, hold] = useState(() => ({ client, api, observer: create() }));
  let { observer } = held;
  if (held.client !== client || held.api !== api) {
    observer = create();
    hold({ client, api, observer });
  }
  useEffect(() => observer.setDefaults(defaults as never));
  useEffect(() => observer.mount(), [observer]);
  return useSyncExternalStore(observer.subscribe, observer.getResult, observer.getResult);
}
