import { useEffect } from 'react';
import { useDingTalkEvent } from './useDingTalkEvent';
import type { NavigationCallState } from './useNavigationTitle';
import { useSetLeft } from './useSetLeft';

/** What {@link useLeftButton} sets. */
export interface LeftButtonOptions {
  /** The button's text. */
  text: string;
  /** Called when the person clicks it. Need not be memoised. */
  onClick: () => void;
}

/**
 * Sets the slide panel's left button (PC) while mounted and listens to its clicks; the listener
 * is removed on unmount.
 */
export function useLeftButton({ text, onClick }: LeftButtonOptions): NavigationCallState {
  const { run, status, error } = useSetLeft();
  useEffect(() => {
    void run({ text });
  }, [run, text]);
  useDingTalkEvent('leftBtnClick', onClick);
  return { status, error };
}
