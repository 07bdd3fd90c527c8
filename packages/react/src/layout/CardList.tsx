import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from './cx';

/** Props of `CardList`; other props (and the ref) go to its `<ul>` (name it with `aria-label`). */
export interface CardListProps extends ComponentPropsWithoutRef<'ul'> {
  /**
   * `'grid'`: as many columns as fit (`minItemWidth` each), one in the pane. `'list'`: always one
   * column, for the list of a `MasterDetail`.
   * @default 'grid'
   */
  variant?: 'grid' | 'list';
  /**
   * The narrowest a card gets in the grid before a column is dropped (CSS px).
   * @default 240
   */
  minItemWidth?: number;
}

/** A list of `CardListItem`s (`<ul>`), laid out by CSS grid; no measuring. */
export const CardList = /* @__PURE__ */ forwardRef<HTMLUListElement, CardListProps>(function CardList(
  { variant = 'grid', minItemWidth, className, style, ...rest },
  ref,
) {
  return (
    <ul
      {...rest}
      ref={ref}
      className={cx('dk-cardlist', className)}
      data-variant={variant}
      style={minItemWidth ? { ...style, ['--dk-card-min' as string]: `${minItemWidth}px` } : style}
    />
  );
});
