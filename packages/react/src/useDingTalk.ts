import { type ApiDescriptor, type ApiName, type Bridge, type DingTalkState, loadApi } from '@dingkit/core';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/** What `useDingTalk()` returns: the handshake's state and what to do with it. */
export interface UseDingTalkResult extends DingTalkState {
  /**
   * Whether an API runs on this platform and client version. Given its descriptor or its hook
   * (`isSupported(useContactChoose)`) it answers at once (`false` until the bridge is known).
   * Given a name it answers `undefined` (not known yet) until the full catalog has loaded; the
   * component renders again then.
   */
  isSupported: (
    api: ApiName | ApiDescriptor | { readonly api: ApiDescriptor } | (string & {}),
  ) => boolean | undefined;
  /** Runs the handshake again, e.g. from an error screen. */
  retry: () => void;
  /** The bridge in use; `undefined` until it is created on the client. */
  bridge: Bridge | undefined;
}

/**
 * The state of the provider's handshake: `status` (`idle` → `configuring` → `ready` | `error`, or
 * `unavailable` outside DingTalk), `platform`, `error`, the authorised APIs, `isSupported`, `retry`.
 */
export function useDingTalk(): UseDingTalkResult {
  const client = useDingTalkClient('useDingTalk');
  const state = useSyncExternalStore(client.subscribe, client.getState, client.getInitialState);
  // Descriptors looked up by name so far (`null`: not in the catalog).
  const [named, setNamed] = useState<Readonly<Record<string, ApiDescriptor | null>>>({});
  return useMemo(() => {
    const { bridge } = client;
    const isSupported: UseDingTalkResult['isSupported'] = (api) => {
      if (typeof api !== 'string') return client.isSupported('api' in api ? api.api : api);
      const found = named[api];
      if (found !== undefined) return !!found && client.isSupported(found);
      if (!bridge) return false;
      loadApi(api).then(
        (descriptor) => setNamed((known) => (api in known ? known : { ...known, [api]: descriptor ?? null })),
        // Asked again on the next render.
        () => {},
      );
      return undefined;
    };
    return { ...state, isSupported, retry: client.retry, bridge };
  }, [client, state, named]);
}
