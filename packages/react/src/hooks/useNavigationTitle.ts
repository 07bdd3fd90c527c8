import type { CallStatus, DingTalkError } from '@dingkit/core';
import { useEffect } from 'react';
import { useSetTitle } from './apiHooks';

/** What a declarative navigation hook reports: the latest call's status and failure. */
export interface NavigationCallState {
  status: CallStatus;
  error: DingTalkError | undefined;
}

/**
 * Keeps the page's title while mounted: sets it on mount and whenever `title` changes.
 * 声明式设置标题：挂载时及 `title` 变化时设置。
 *
 * The title is the navigation bar's on mobile, the modal's or slide panel's this page runs in on PC.
 */
export function useNavigationTitle(title: string): NavigationCallState {
  const { run, status, error } = useSetTitle();
  useEffect(() => {
    void run({ title });
  }, [run, title]);
  return { status, error };
}
