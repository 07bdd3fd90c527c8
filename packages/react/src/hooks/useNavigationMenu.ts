import type { ApiParams } from '@dingkit/core';
import { bizNavigationSetMenu } from '@dingkit/core/apis/bizNavigationSetMenu';
import { useListeningCall } from '../useListeningCall';
import type { NavigationCallState } from './useNavigationTitle';

/** One button of the menu {@link useNavigationMenu} shows. */
export type NavigationMenuItem = ApiParams<'biz.navigation.setMenu'>['items'][number];

/** What {@link useNavigationMenu} shows. */
export interface NavigationMenuOptions {
  /** The buttons, each with an `id` of its own and its `text` (optionally `iconId`, `url`, `badge`, `showRedDot`). */
  items: readonly NavigationMenuItem[];
  /** Called with the `id` of each item tapped. Need not be memoised. */
  onSelect: (id: string) => void;
}

const noMenu = { items: [] };

/**
 * Shows buttons on the right of the navigation bar (iOS, Android) while mounted and calls `onSelect` with the `id` of each one tapped.
 * 声明式设置导航栏右侧多个按钮（iOS、安卓），挂载期间每次点击都以按钮的 `id` 调用 `onSelect`。
 *
 * Sends `biz.navigation.setMenu({ items })` (again when the items change); the client answers
 * each tap again with `{ id }` (`onRepeat`). On unmount it sends `setMenu({ items: [] })`. Not on
 * PC (`UNSUPPORTED` in `error`).
 */
export function useNavigationMenu({ items, onSelect }: NavigationMenuOptions): NavigationCallState {
  return useListeningCall(
    'useNavigationMenu',
    bizNavigationSetMenu,
    { items: [...items] },
    ({ id }) => onSelect(id),
    noMenu,
  );
}
