import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from './cx';

/** Props of `ActionBar`; other props (and the ref) go to its `<div>`. */
export interface ActionBarProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Names the bar; it then gets `role="group"`.
   * @default undefined
   */
  label?: string;
  /**
   * Where the buttons sit in a row.
   * @default 'end'
   */
  align?: 'start' | 'end';
  /**
   * Whether the buttons stack, each full width, in the compact band (the 360px pane). Dialog
   * footers keep a row: `ModalFrame` turns this off.
   * @default true
   */
  stack?: boolean;
  /**
   * Keeps the bar at the bottom of the scrolling area.
   * @default false
   */
  sticky?: boolean;
}

/**
 * A row of actions: buttons wrap onto more rows when they do not fit, and stack full width in
 * the compact band. Put the primary action first: it comes first in focus order and on top when
 * stacked, and the order on screen never differs from the order in the DOM. Style buttons with
 * `dk-button` / `dk-button dk-button-primary` or bring your own.
 */
export const ActionBar = /* @__PURE__ */ forwardRef<HTMLDivElement, ActionBarProps>(function ActionBar(
  { label, align = 'end', stack = true, sticky = false, className, ...rest },
  ref,
) {
  return (
    <div
      {...(label ? { role: 'group', 'aria-label': label } : {})}
      {...rest}
      ref={ref}
      className={cx('dk-actionbar', className)}
      data-align={align}
      data-stack={stack || undefined}
      data-sticky={sticky || undefined}
    />
  );
});
