import type { HTMLAttributes, ReactNode } from 'react';
import { ActionBar } from './ActionBar';
import { cx } from './cx';

/** Props of `SlidePanelFrame`; other attributes go to its `<div>`. */
export interface SlidePanelFrameProps extends HTMLAttributes<HTMLDivElement> {
  /** Buttons for the footer, at the bottom of the panel; they stack in a narrow panel. @default undefined */
  footer?: ReactNode;
}

/**
 * The content of a page opened with `biz.util.openSlidePanel`: the full height of the panel
 * (the viewport, or `--dk-viewport-height`), the body scrolling above a fixed footer. The title
 * is DingTalk's: do not repeat it.
 */
export function SlidePanelFrame({ footer, className, children, ...rest }: SlidePanelFrameProps) {
  return (
    <div {...rest} className={cx('dk-frame dk-slidepanel', className)}>
      <div className="dk-frame-body">{children}</div>
      {footer && <ActionBar className="dk-frame-footer">{footer}</ActionBar>}
    </div>
  );
}
