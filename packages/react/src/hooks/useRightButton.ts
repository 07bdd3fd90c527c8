import { bizNavigationSetRight } from '@dingkit/core/apis/bizNavigationSetRight';
import { useListeningCall } from '../useListeningCall';
import type { NavigationCallState } from './useNavigationTitle';

/** What {@link useRightButton} sets. */
export interface RightButtonOptions {
  /** The button's text. */
  text: string;
  /** Called on each tap of the button. Need not be memoised. */
  onClick: () => void;
}

// The client's own right side again: its default text, its own behaviour.
const clientRight = { control: false, text: '' };

/**
 * Shows one button on the right of the navigation bar (iOS, Android) while mounted and calls `onClick` on each tap.
 * 声明式设置导航栏右侧按钮（iOS、安卓），挂载期间每次点击都调用 `onClick`。
 *
 * Sends `biz.navigation.setRight({ show: true, control: true, text })` (again when `text`
 * changes); the client answers each tap again (`onRepeat`). On unmount it sends
 * `setRight({ control: false, text: '' })`. Not on PC (`UNSUPPORTED` in `error`).
 */
export function useRightButton({ text, onClick }: RightButtonOptions): NavigationCallState {
  return useListeningCall(
    'useRightButton',
    bizNavigationSetRight,
    { show: true, control: true, text },
    () => onClick(),
    clientRight,
  );
}
