import type { ApiDescriptor, ApiName, ApiParams, ApiRepeat, DingTalkError } from '@dingkit/core';
import { useEffect, useState } from 'react';
import { useDingTalkClient } from './DingTalkContext';
import type { NavigationCallState } from './hooks/useNavigationTitle';
import { useLatest } from './useLatest';

const idle: NavigationCallState = { status: 'idle', error: undefined };

// Per client, how many calls of each API listen right now. A component that lets go gives the
// button back only when no other call took it over meanwhile: StrictMode's second setup, its own
// call with new params, or the next page's hook mounted in the same commit.
const listening = new WeakMap<object, Map<string, number>>();
const count = (client: object, api: string, delta: number): number => {
  const counts = listening.get(client) ?? new Map<string, number>();
  listening.set(client, counts);
  const next = (counts.get(api) ?? 0) + delta;
  counts.set(api, next);
  return next;
};

/**
 * While mounted, keeps one call of `api` listening for its later answers (`onRepeat`): sends
 * `params` (none while `undefined`), hands each later answer to the latest `onAnswer`, and when
 * `params` change or the component unmounts aborts it; on unmount (and when `params` become
 * `undefined`) sends `restore`. The hooks that take over a navigation bar button are built on it.
 */
export function useListeningCall<A extends ApiName>(
  hook: string,
  api: ApiDescriptor<A>,
  params: ApiParams<A> | undefined,
  onAnswer: (answer: ApiRepeat<A>) => void,
  restore: ApiParams<A>,
): NavigationCallState {
  const client = useDingTalkClient(hook);
  const [state, setState] = useState(idle);
  const latest = useLatest(onAnswer);
  const key = params === undefined ? undefined : JSON.stringify(params);

  useEffect(() => {
    if (key === undefined) return;
    count(client, api.name, 1);
    const controller = new AbortController();
    const { signal } = controller;
    setState({ status: 'pending', error: undefined });
    client
      .call(api, JSON.parse(key) as ApiParams<A>, {
        signal,
        onRepeat: (answer) => latest.current(answer as ApiRepeat<A>),
      })
      .then(
        () => {
          if (!signal.aborted) setState({ status: 'success', error: undefined });
        },
        (error: DingTalkError) => {
          if (!signal.aborted) setState({ status: 'error', error });
        },
      );
    return () => {
      count(client, api.name, -1);
      controller.abort();
      queueMicrotask(() => {
        if (count(client, api.name, 0) === 0) client.call(api, restore).catch(() => {});
      });
    };
  }, [client, api, key, restore]);

  return key === undefined ? idle : state;
}
