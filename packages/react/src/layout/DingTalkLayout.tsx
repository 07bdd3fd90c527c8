import { type ComponentPropsWithoutRef, forwardRef, useImperativeHandle, useRef } from 'react';
import type { SurfaceBand } from './bands';
import { cx } from './cx';
import { SurfaceContext } from './SurfaceContext';
import { useContainerBand } from './useContainerBand';

/** Props of `DingTalkLayout`; other props (and the ref) go to its root `<div>`. */
export interface DingTalkLayoutProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * The band rendered on the server and in the first client render, until the container is
   * measured (before the first paint). Pick the surface the page usually opens in.
   * @default 'regular' (the micro-app window at its default 585px)
   */
  initialBand?: SurfaceBand;
  /**
   * Forces the light or dark palette. By default the host decides: `prefers-color-scheme`, or
   * a `data-theme="light" | "dark"` attribute on an ancestor such as `<html>`.
   * @default undefined
   */
  theme?: 'light' | 'dark';
}

/**
 * The root of a page laid out for DingTalk's surfaces. It measures its own width (not the
 * viewport: pages live in panes, modals and panels), provides the band to `useSurface()`,
 * `Show`, `Hide` and `MasterDetail`, exposes it as `data-dk-band`, is the `dk-layout` CSS size
 * container, and sets DingTalk's spacing, type and colour custom properties (`--dk-*`).
 * Import `@dingkit/react/styles.css` once.
 */
export const DingTalkLayout = /* @__PURE__ */ forwardRef<HTMLDivElement, DingTalkLayoutProps>(
  function DingTalkLayout({ initialBand = 'regular', theme, className, children, ...rest }, forwardedRef) {
    const ref = useRef<HTMLDivElement>(null);
    // The band is measured through our own ref; the caller's ref gets the same element.
    useImperativeHandle(forwardedRef, () => ref.current!, []);
    const band = useContainerBand(ref, initialBand);
    return (
      // data-theme before the rest: without `theme`, a caller's own data-theme stays.
      <div data-theme={theme} {...rest} ref={ref} className={cx('dk-layout', className)} data-dk-band={band}>
        <SurfaceContext.Provider value={band}>{children}</SurfaceContext.Provider>
      </div>
    );
  },
);
