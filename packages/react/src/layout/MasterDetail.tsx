import {
  type ComponentPropsWithoutRef,
  type ElementType,
  forwardRef,
  type ReactNode,
  useId,
  useRef,
} from 'react';
import { bands } from './bands';
import { cx } from './cx';
import { useLabels } from './labels';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { useSurface } from './useSurface';

/**
 * Props of `MasterDetail`; other props (and the ref) go to its root `<div>`. The columns are
 * given as `list` and `detail`, not as children.
 */
export interface MasterDetailProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The list (master) column. It stays mounted while one column shows the detail, so its state survives. */
  list: ReactNode;
  /** The visible heading of the list column; it also names the list's region landmark. */
  listTitle: ReactNode;
  /**
   * The detail of the selected item; `null` or `undefined` when nothing is selected. In one
   * column a detail replaces the list and gets a back button.
   * @default undefined
   */
  detail?: ReactNode;
  /** Called by the back button (one column only): clear the selection here. */
  onBack: () => void;
  /**
   * Shown in the detail column when there are two columns and nothing is selected.
   * @default undefined
   */
  placeholder?: ReactNode;
  /**
   * The accessible name of the detail region.
   * @default '详情' in zh-CN, `'Details'` in en (the provider's locale; outside one, the browser's)
   */
  detailLabel?: string;
  /**
   * The text of the back button.
   * @default '返回' in zh-CN, `'Back'` in en (the provider's locale; outside one, the browser's)
   */
  backLabel?: string;
  /**
   * The narrowest band that shows list and detail side by side.
   * @default 'wide' (the 585px window and the large modal get one column)
   */
  splitFrom?: 'regular' | 'wide';
  /**
   * The level of the list heading.
   * @default 2
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * A list with the detail of its selected item: side by side when the band has room
 * (`splitFrom`), one column with a back button otherwise (the 360px pane, the default window).
 * Both columns are region landmarks; the list has a heading. In one column, opening a detail
 * moves focus to it and going back returns focus to where it was in the list.
 */
export const MasterDetail = /* @__PURE__ */ forwardRef<HTMLDivElement, MasterDetailProps>(
  function MasterDetail(
    {
      list,
      listTitle,
      detail,
      onBack,
      placeholder,
      detailLabel,
      backLabel,
      splitFrom = 'wide',
      headingLevel = 2,
      className,
      ...rest
    },
    ref,
  ) {
    const band = useSurface();
    const words = useLabels();
    const split = bands.indexOf(band) >= bands.indexOf(splitFrom);
    const hasDetail = detail !== null && detail !== undefined && detail !== false;
    const single = !split && hasDetail;
    const headingId = useId();
    const listRef = useRef<HTMLElement>(null);
    const detailRef = useRef<HTMLElement>(null);
    const lastFocused = useRef<HTMLElement | null>(null);
    const showedDetailAlone = useRef(single);
    const Heading: ElementType = `h${headingLevel}`;

    // Only a change moves focus: a page that opens on a detail must not steal it.
    useIsomorphicLayoutEffect(() => {
      if (showedDetailAlone.current === single) return;
      showedDetailAlone.current = single;
      const active = document.activeElement;
      if (single) {
        // The list is about to be hidden: focus in it would be lost, focus elsewhere stays.
        if (!active || active === document.body || listRef.current?.contains(active))
          detailRef.current?.focus();
        return;
      }
      // Back from the detail (now unmounted, so focus fell to the body): return to the list.
      if (split || (active && active !== document.body)) return;
      const target = lastFocused.current;
      if (target?.isConnected && listRef.current?.contains(target)) target.focus();
      else listRef.current?.focus();
    }, [single, split]);

    return (
      <div {...rest} ref={ref} className={cx('dk-md', className)} data-columns={split ? 2 : 1}>
        <section
          ref={listRef}
          className="dk-md-list"
          aria-labelledby={headingId}
          hidden={single}
          tabIndex={-1}
          onFocus={(event) => {
            lastFocused.current = event.target;
          }}
        >
          <Heading id={headingId} className="dk-md-title">
            {listTitle}
          </Heading>
          {list}
        </section>
        {(split || hasDetail) && (
          <section
            ref={detailRef}
            className="dk-md-detail"
            aria-label={detailLabel ?? words.detail}
            tabIndex={-1}
          >
            {single && (
              <button type="button" className="dk-back" onClick={onBack}>
                <span aria-hidden="true">‹ </span>
                {backLabel ?? words.back}
              </button>
            )}
            {hasDetail ? detail : placeholder}
          </section>
        )}
      </div>
    );
  },
);
