type WidthListener = (width: number) => void;

const listeners = new Map<Element, Set<WidthListener>>();
let observer: ResizeObserver | undefined;

/**
 * The content-box width of `element` in CSS px, the box CSS container queries and
 * ResizeObserver's `contentRect` measure.
 */
export function contentWidth(element: Element): number {
  const style = getComputedStyle(element);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  let width = element.getBoundingClientRect().width;
  for (const edge of edges) width -= Number.parseFloat(style[edge]) || 0;
  return Math.max(0, width);
}

/**
 * Calls `listener` with the content-box width of `element` whenever it changes. One
 * ResizeObserver serves every element on the page. Returns the unsubscribe function. Does
 * nothing where ResizeObserver is missing (server, jsdom).
 */
export function observeWidth(element: Element, listener: WidthListener): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      for (const notify of listeners.get(entry.target) ?? []) notify(entry.contentRect.width);
    }
  });
  let set = listeners.get(element);
  if (!set) {
    set = new Set();
    listeners.set(element, set);
    observer.observe(element);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size > 0) return;
    listeners.delete(element);
    observer?.unobserve(element);
  };
}
