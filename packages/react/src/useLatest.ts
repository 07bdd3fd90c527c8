import { type RefObject, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './layout/useIsomorphicLayoutEffect';

/**
 * A ref that holds the latest render's `value`, for callbacks registered once (an event listener,
 * a call's repeated answers). Updated before paint, not after: what arrives just after a render
 * (a back press on the page that a route change just showed) reaches that render's value.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useIsomorphicLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
