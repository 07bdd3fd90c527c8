import { bizNavigationSetLeft } from '@dingkit/core/apis/bizNavigationSetLeft';
import { useSyncExternalStore } from 'react';
import { useDingTalkClient } from '../DingTalkContext';
import { useListeningCall } from '../useListeningCall';
import { useDingTalkEvent } from './useDingTalkEvent';

/** Options of {@link useBackButton}. */
export interface BackButtonOptions {
  /**
   * iOS: the text of the navigation bar's left button while it is taken over.
   * @default '' (the client's own text)
   */
  text?: string;
}

// What the left button goes back to on unmount: the client's own text and its own going back.
const clientBack = { control: false, text: '' };

/**
 * Takes over the back button (Android's back key, iOS's left button) while mounted: `handler` runs instead of DingTalk going back.
 * 接管返回：组件挂载期间按安卓返回键或点 iOS 导航栏左侧按钮时调用 `handler`，卸载后恢复默认的返回行为。
 *
 * Android: DingTalk sends the `backbutton` event; while a handler is mounted the event's default
 * (the client's own history back) is prevented, and on unmount the listener goes and the default
 * comes back. iOS has no back event: the hook sends `biz.navigation.setLeft({ control: true,
 * text })`, whose later answers are the taps on the left button (`onRepeat`), and on unmount
 * `setLeft({ control: false, text: '' })`. Typical use: go back one route in the app's router
 * and, at its first route, close the page with `useClosePage`. The latest `handler` runs; it
 * need not be memoised.
 */
export function useBackButton(handler: () => void, { text = '' }: BackButtonOptions = {}): void {
  useDingTalkEvent('backbutton', (payload: unknown) => {
    // dingtalk-jsapi hands the page event itself to the listener; cancelling it keeps the client
    // from also going back by itself.
    if (payload instanceof Event) payload.preventDefault();
    handler();
  });
  const client = useDingTalkClient('useBackButton');
  const platform = useSyncExternalStore(
    client.subscribe,
    () => client.getState().platform,
    () => undefined,
  );
  useListeningCall(
    'useBackButton',
    bizNavigationSetLeft,
    platform === 'ios' ? { control: true, text } : undefined,
    () => handler(),
    clientBack,
  );
}
