import type { CallStatus, DingTalkError } from '@dingkit/core';
import { useEffect } from 'react';
import { useSetTitle } from './useSetTitle';

/** What a declarative navigation hook reports: the latest call's status and failure. */
export interface NavigationCallState {
  status: CallStatus;
  error: DingTalkError | undefined;
}

/**
 * Sets the title of the modal or slide panel this page runs in while the component is mounted,
 * and again whenever `title` changes.
 */
export function useNavigationTitle(title: string): NavigationCallState {
  const { run, status, error } = useSetTitle();
  useEffect(() => {
    void run({ title });
  }, [run, title]);
  return { status, error };
}
