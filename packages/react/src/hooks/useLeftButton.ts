import { useEffect } from 'react';
import { useSetLeft } from './apiHooks';
import { useDingTalkEvent } from './useDingTalkEvent';
import type { NavigationCallState } from './useNavigationTitle';

/** What {@link useLeftButton} sets. */
export interface LeftButtonOptions {
  /** The button's text. */
  text: string;
  /** Called when the person clicks it. Need not be memoised. */
  onClick: () => void;
}

/**
 * Names the slide panel's left button (PC) while mounted and calls `onClick` on its clicks.
 * 声明式设置侧边栏左侧按钮（PC），挂载期间监听其点击。
 *
 * The listener is removed on unmount. For the back button of mobile pages see `useBackButton`.
 */
export function useLeftButton({ text, onClick }: LeftButtonOptions): NavigationCallState {
  const { run, status, error } = useSetLeft();
  useEffect(() => {
    void run({ text });
  }, [run, text]);
  useDingTalkEvent('leftBtnClick', onClick);
  return { status, error };
}
