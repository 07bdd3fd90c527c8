import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from './cx';

/**
 * Props of `CardListItem`; other props (and the ref) go to its `<li>`. The DOM's `onSelect` (text
 * selection) is replaced by the card's own.
 */
export interface CardListItemProps extends Omit<ComponentPropsWithoutRef<'li'>, 'onSelect'> {
  /** The card's content. With `onSelect` it sits inside a button: use phrasing content (spans). */
  children?: ReactNode;
  /** Makes the whole card a button that calls this. @default undefined */
  onSelect?: () => void;
  /** Marks the card as the current one (`aria-current`), e.g. the item shown in the detail. @default false */
  selected?: boolean;
}

/** One card (`<li>`) of a `CardList`. */
export const CardListItem = /* @__PURE__ */ forwardRef<HTMLLIElement, CardListItemProps>(
  function CardListItem({ children, onSelect, selected = false, className, ...rest }, ref) {
    return (
      <li {...rest} ref={ref} className={cx('dk-card', className)} data-selected={selected || undefined}>
        {onSelect ? (
          <button
            type="button"
            className="dk-card-button"
            aria-current={selected || undefined}
            onClick={onSelect}
          >
            {children}
          </button>
        ) : (
          children
        )}
      </li>
    );
  },
);
