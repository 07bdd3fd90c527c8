import type { HTMLAttributes } from 'react';
import { cx } from './cx';

/** Props of `FormLayout`; other attributes go to its `<div>`. */
export interface FormLayoutProps extends HTMLAttributes<HTMLDivElement> {
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
export function FormLayout({ labelWidth, className, style, ...rest }: FormLayoutProps) {
  return (
    <div
      {...rest}
      className={cx('dk-form', className)}
      style={labelWidth ? { ...style, ['--dk-label-width' as string]: labelWidth } : style}
    />
  );
}
