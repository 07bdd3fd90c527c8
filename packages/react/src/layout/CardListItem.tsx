import type { ReactNode } from 'react';
import { cx } from './cx';

/** Props of `CardListItem`. */
export interface CardListItemProps {
  /** The card's content. With `onSelect` it sits inside a button: use phrasing content (spans). */
  children?: ReactNode;
  /** Makes the whole card a button that calls this. @default undefined */
  onSelect?: () => void;
  /** Marks the card as the current one (`aria-current`), e.g. the item shown in the detail. @default false */
  selected?: boolean;
  /** Extra class names. @default undefined */
  className?: string;
}

/** One card (`<li>`) of a `CardList`. */
export function CardListItem({ children, onSelect, selected = false, className }: CardListItemProps) {
  return (
    <li className={cx('dk-card', className)} data-selected={selected || undefined}>
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
}
