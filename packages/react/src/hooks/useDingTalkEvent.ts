import type { EventName, EventPayload } from '@dingkit/core';
import { useEffect } from 'react';
import { useDingTalkClient } from '../DingTalkContext';
import { useLatest } from '../useLatest';

/**
 * Calls `handler` on each client event `event` (`'leftBtnClick'`, `'backbutton'`, `'resume'`, `'pause'`) while mounted.
 * 监听钉钉客户端事件：组件挂载期间每次事件都调用 `handler`。
 *
 * The latest `handler` is called; it need not be memoised.
 */
export function useDingTalkEvent<E extends EventName>(
  event: E,
  handler: (payload: EventPayload<E>) => void,
): void {
  const client = useDingTalkClient('useDingTalkEvent');
  const latest = useLatest(handler);
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}
