import type { ApiName, Bridge, DingTalkState } from '@dingkit/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useDingTalkClient } from './DingTalkContext';

/** What `useDingTalk()` returns: the handshake's state and what to do with it. */
export interface UseDingTalkResult extends DingTalkState {
  /** Whether `api` runs on this platform and client version; `false` until the bridge is known. */
  isSupported: (api: ApiName | (string & {})) => boolean;
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
  return useMemo(
    () => ({ ...state, isSupported: client.isSupported, retry: client.retry, bridge: client.bridge }),
    [client, state],
  );
}
