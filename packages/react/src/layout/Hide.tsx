import type { ReactNode } from 'react';
import { type BandQuery, matchesBand } from './bands';
import { useSurface } from './useSurface';

/** Props of `Hide`: the bands to hide the children in. */
export interface HideProps extends BandQuery {
  /** Rendered in every band except the matching ones. */
  children?: ReactNode;
}

/** The opposite of `Show`: `<Hide on="compact">` renders its children in every other band. */
export function Hide({ children, ...query }: HideProps) {
  return matchesBand(useSurface(), query) ? null : children;
}
