import { useDingTalkEvent } from './useDingTalkEvent';

/**
 * Takes over Android's back button while mounted: `handler` runs instead of DingTalk going back.
 * 接管安卓返回键：组件挂载期间按返回键时调用 `handler`，卸载后恢复默认的返回行为。
 *
 * DingTalk on Android sends the `backbutton` event; while a handler is mounted the event's default
 * (the client's own history back) is prevented, and on unmount the listener goes and the default
 * comes back. Typical use: go back one route in the app's router and, at its first route, close
 * the page with `useClosePage`. The latest `handler` runs; it need not be memoised.
 *
 * iOS has no back event: its left button reaches the page only as `biz.navigation.setLeft`'s
 * repeated success callback (`control: true`), which the bridge does not relay yet.
 */
export function useBackButton(handler: () => void): void {
  useDingTalkEvent('backbutton', (payload: unknown) => {
    // dingtalk-jsapi hands the page event itself to the listener; cancelling it keeps the client
    // from also going back by itself.
    if (payload instanceof Event) payload.preventDefault();
    handler();
  });
}
