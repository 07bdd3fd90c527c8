import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { ActionBar } from './ActionBar';
import { cx } from './cx';

/** Props of `SlidePanelFrame`; other props (and the ref) go to its `<div>`. */
export interface SlidePanelFrameProps extends ComponentPropsWithoutRef<'div'> {
  /** Buttons for the footer, at the bottom of the panel; they stack in a narrow panel. @default undefined */
  footer?: ReactNode;
}

/**
 * The content of a page opened with `biz.util.openSlidePanel`: the full height of the panel
 * (the viewport, or `--dk-viewport-height`), the body scrolling above a fixed footer. The title
 * is DingTalk's: do not repeat it.
 */
export const SlidePanelFrame = /* @__PURE__ */ forwardRef<HTMLDivElement, SlidePanelFrameProps>(
  function SlidePanelFrame({ footer, className, children, ...rest }, ref) {
    return (
      <div {...rest} ref={ref} className={cx('dk-frame dk-slidepanel', className)}>
        <div className="dk-frame-body">{children}</div>
        {footer && <ActionBar className="dk-frame-footer">{footer}</ActionBar>}
      </div>
    );
  },
);
