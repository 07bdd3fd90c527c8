import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, so a measurement is applied before the first paint; a no-op
 * `useEffect` on the server, where there is nothing to measure (and React 18 would warn).
 */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
