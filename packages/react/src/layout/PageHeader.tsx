import { type ComponentPropsWithoutRef, type ElementType, forwardRef, type ReactNode } from 'react';
import { cx } from './cx';
import { useLabels } from './labels';

/**
 * Props of `PageHeader`; other props (and the ref) go to its `<header>`. `title` is the heading,
 * not the tooltip attribute.
 */
export interface PageHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'title'> {
  /** The page (or pane) title, rendered as a heading. */
  title: ReactNode;
  /** A line under the title. @default undefined */
  description?: ReactNode;
  /** Buttons beside the title; they wrap under it when there is no room. @default undefined */
  actions?: ReactNode;
  /**
   * The heading level of the title: 1 for the page, 2 for a header inside a `MasterDetail` column.
   * @default 1
   */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Shows a back button before the title that calls this. @default undefined */
  onBack?: () => void;
  /** The text of the back button. @default '返回' in zh-CN, `'Back'` in en (the provider's locale; outside one, the browser's) */
  backLabel?: string;
  /**
   * More of the header under the title and actions, each child a full-width row: tabs, a search
   * field, filters. @default undefined
   */
  children?: ReactNode;
}

/**
 * The header of a page or pane: a `<header>` with a heading, an optional description, back
 * button and actions, then its children. Order in the DOM is back, title, actions, children —
 * the same order on screen in every band.
 */
export const PageHeader = /* @__PURE__ */ forwardRef<HTMLElement, PageHeaderProps>(function PageHeader(
  { title, description, actions, level = 1, onBack, backLabel, className, children, ...rest },
  ref,
) {
  const Heading: ElementType = `h${level}`;
  const words = useLabels();
  return (
    <header {...rest} ref={ref} className={cx('dk-page-header', className)}>
      {onBack && (
        <button type="button" className="dk-back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {backLabel ?? words.back}
        </button>
      )}
      <div className="dk-page-header-text">
        <Heading className="dk-page-title">{title}</Heading>
        {description && <p className="dk-page-description">{description}</p>}
      </div>
      {actions && <div className="dk-page-header-actions">{actions}</div>}
      {children}
    </header>
  );
});
