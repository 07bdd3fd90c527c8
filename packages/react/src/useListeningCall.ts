import type { ApiDescriptor, ApiName, ApiParams, ApiRepeat, DingTalkError } from '@dingkit/core';
import { useEffect, useRef, useState } from 'react';
import { useDingTalkClient } from './DingTalkContext';
import type { NavigationCallState } from './hooks/useNavigationTitle';
import { useIsomorphicLayoutEffect } from './layout/useIsomorphicLayoutEffect';

const idle: NavigationCallState = { status: 'idle', error: undefined };

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
  const latest = useRef(onAnswer);
  useIsomorphicLayoutEffect(() => {
    latest.current = onAnswer;
  });
  // How many of this component's calls listen right now: StrictMode's second setup and a change
  // of params take over from the call just aborted, so nothing is restored in between.
  const listening = useRef(0);
  const key = params === undefined ? undefined : JSON.stringify(params);

  useEffect(() => {
    if (key === undefined) return;
    listening.current += 1;
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
      listening.current -= 1;
      controller.abort();
      queueMicrotask(() => {
        if (listening.current === 0) client.call(api, restore).catch(() => {});
      });
    };
  }, [client, api, key, restore]);

  return key === undefined ? idle : state;
}
