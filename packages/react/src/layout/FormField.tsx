import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { cx } from './cx';

/** What a `FormField` render function gets to wire its control to the label, hint and error. */
export interface FormFieldControlProps {
  /** The id the label points at. */
  id: string;
  /** The ids of the hint and the error, when there are any. */
  'aria-describedby'?: string;
  /** Set when the field has an error. */
  'aria-invalid'?: true;
}

/** Props of `FormField`; other props (and the ref) go to its root `<div>`. */
export interface FormFieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The label text. */
  label: ReactNode;
  /**
   * The control. Pass a function to receive the `id`, `aria-describedby` and `aria-invalid` to
   * spread on it; pass an element and set `htmlFor` to its id otherwise.
   */
  children: ReactNode | ((control: FormFieldControlProps) => ReactNode);
  /** The id of the control when `children` is an element. @default a generated id */
  htmlFor?: string;
  /** Help text under the control. @default undefined */
  hint?: ReactNode;
  /** An error under the control; marks the control invalid. @default undefined */
  error?: ReactNode;
  /** Shows a required marker after the label (set `required` on the control too). @default false */
  required?: boolean;
}

/** One labelled row of a `FormLayout`. */
export const FormField = /* @__PURE__ */ forwardRef<HTMLDivElement, FormFieldProps>(function FormField(
  { label, children, htmlFor, hint, error, required = false, className, ...rest },
  ref,
) {
  const generated = useId();
  const id = htmlFor ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control =
    typeof children === 'function'
      ? children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })
      : children;
  return (
    <div {...rest} ref={ref} className={cx('dk-field', className)} data-invalid={error ? true : undefined}>
      <label className="dk-field-label" htmlFor={id}>
        {label}
        {required && (
          <span className="dk-field-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      <div className="dk-field-control">
        {control}
        {hint && (
          <p id={hintId} className="dk-field-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="dk-field-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
});
