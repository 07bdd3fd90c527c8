import type { ReactNode } from 'react';
import { type BandQuery, matchesBand } from './bands';
import { useSurface } from './useSurface';

/** Props of `Show`: the bands to show the children in. */
export interface ShowProps extends BandQuery {
  /** Rendered only in the matching bands. */
  children?: ReactNode;
}

/**
 * Renders its children only in the bands that match: `<Show on="compact">`,
 * `<Show from="regular">`, `<Show below="wide">`. Outside those bands the children are not
 * mounted at all. For a purely visual switch, a CSS container query on `dk-layout` is cheaper.
 */
export function Show({ children, ...query }: ShowProps) {
  return matchesBand(useSurface(), query) ? children : null;
}
