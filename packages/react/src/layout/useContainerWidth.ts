import { type RefObject, useState } from 'react';
import { contentWidth, observeWidth } from './observeWidth';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * The content-box width (CSS px) of the element in `ref`, measured with ResizeObserver — the
 * container a page is embedded in, not the viewport. `undefined` on the server and before the
 * first measurement (which happens before the first paint). The component re-renders whenever
 * the width changes, pixel by pixel: to react to surfaces, prefer `useSurface()` or
 * `useContainerBand()`, which change only when the band does.
 */
export function useContainerWidth(ref: RefObject<Element | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(contentWidth(element));
    return observeWidth(element, setWidth);
  }, [ref]);
  return width;
}
