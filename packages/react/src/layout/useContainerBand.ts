import { type RefObject, useRef, useState } from 'react';
import { bandForWidth, type SurfaceBand } from './bands';
import { contentWidth, observeWidth } from './observeWidth';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * The band of the element in `ref`'s content-box width. The component re-renders only when the
 * band changes, never while the width moves inside one band.
 *
 * On the server, and in the first client render (so hydration matches), the band is
 * `initialBand`; the client measures before the first paint and corrects it. A width of 0 (a
 * hidden or detached element) keeps the current band.
 *
 * @param initialBand the band until the element is measured. Later changes are ignored.
 */
export function useContainerBand(
  ref: RefObject<Element | null>,
  initialBand: SurfaceBand = 'regular',
): SurfaceBand {
  const [band, setBand] = useState(initialBand);
  const current = useRef(band);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number) => {
      if (width <= 0) return;
      const next = bandForWidth(width);
      // Skip setState for an unchanged band: it would still cost a render now and then.
      if (next === current.current) return;
      current.current = next;
      setBand(next);
    };
    update(contentWidth(element));
    return observeWidth(element, update);
  }, [ref]);
  return band;
}
