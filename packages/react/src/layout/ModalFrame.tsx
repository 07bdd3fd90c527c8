import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { ActionBar } from './ActionBar';
import { cx } from './cx';
import type { ModalFrameSize } from './modalSizes';

/** Props of `ModalFrame`; other props (and the ref) go to its `<div>`. */
export interface ModalFrameProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * The size the page was opened with (`biz.util.openModal`'s `size`).
   * @default 'large'
   */
  size?: ModalFrameSize;
  /** Buttons for the footer, kept in one row at the bottom (never stacked). @default undefined */
  footer?: ReactNode;
}

/**
 * The content of a page opened with `biz.util.openModal`: exactly the modal's size minus
 * DingTalk's title bar (676×505, 440×260, 366×80 with the default 40px title bar), never more
 * than the viewport, with the body scrolling above a fixed footer. The title is DingTalk's: do
 * not repeat it. What fits without scrolling: `large` — a form of about eight fields or a page of
 * text; `middle` — a short message or two or three fields; `mini` — one line and the buttons.
 */
export const ModalFrame = /* @__PURE__ */ forwardRef<HTMLDivElement, ModalFrameProps>(function ModalFrame(
  { size = 'large', footer, className, children, ...rest },
  ref,
) {
  return (
    <div {...rest} ref={ref} className={cx('dk-frame dk-modal', className)} data-size={size}>
      <div className="dk-frame-body">{children}</div>
      {footer && (
        <ActionBar className="dk-frame-footer" stack={false}>
          {footer}
        </ActionBar>
      )}
    </div>
  );
});
