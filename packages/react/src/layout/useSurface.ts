import { useContext } from 'react';
import type { SurfaceBand } from './bands';
import { SurfaceContext } from './SurfaceContext';

/**
 * The band of the nearest `DingTalkLayout`: `'compact'` in the 360px conversation pane and the
 * small modals, `'regular'` in the default 585px window and the large modal, `'wide'` in a window
 * dragged wide. The component re-renders only when the band changes. Outside a
 * `DingTalkLayout` it is `'regular'`.
 */
export function useSurface(): SurfaceBand {
  return useContext(SurfaceContext);
}
