import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from './cx';

/** Props of `FormLayout`; other props (and the ref) go to its `<div>`. */
export interface FormLayoutProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * The width of the label column when labels sit beside their fields (any CSS length).
   * @default '6em'
   */
  labelWidth?: string;
}

/**
 * Lays out `FormField`s: label beside the field when the form is at least 480px wide (the
 * `regular` threshold, measured on the form itself, so a form in a narrow column stacks too),
 * label above the field when narrower. Pure CSS: the form is a `dk-form` size container.
 */
export const FormLayout = /* @__PURE__ */ forwardRef<HTMLDivElement, FormLayoutProps>(function FormLayout(
  { labelWidth, className, style, ...rest },
  ref,
) {
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('dk-form', className)}
      style={labelWidth ? { ...style, ['--dk-label-width' as string]: labelWidth } : style}
    />
  );
});
