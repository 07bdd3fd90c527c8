import { createContext } from 'react';
import type { SurfaceBand } from './bands';

/** The band measured by the nearest `DingTalkLayout`. */
export const SurfaceContext = /* @__PURE__ */ createContext<SurfaceBand>('regular');
