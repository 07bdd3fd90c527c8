import { type CSSProperties, createContext, type ReactNode, type Ref, useContext } from 'react';

/** The DingTalk surfaces a page can be shown in. */
export type SurfaceId =
  | 'pane'
  | 'micro-app'
  | 'modal-large'
  | 'modal-middle'
  | 'modal-mini'
  | 'slide-panel'
  | 'mobile';

/** A DingTalk surface as SurfaceFrame draws it. */
export interface Surface {
  id: SurfaceId;
  /** The name shown in the Storybook toolbar. */
  label: string;
  /** The width of the page's area in CSS px. */
  width: number;
  /** The whole height in CSS px, title bar included (as DingTalk documents the modal sizes). */
  height: number;
  /** Whether the user can drag the width (the micro-app window): the frame gets `resize: horizontal`. */
  resizable: boolean;
  /** The height of the DingTalk title bar drawn above the page, part of `height`. */
  titleBarHeight: number;
}

/**
 * DingTalk's surfaces (pc-jsapi: 应用设计/响应式, openModal, openSlidePanel). The modal sizes
 * include the title bar; the title bar height is not documented and drawn at 40px.
 */
export const surfaces: readonly Surface[] = [
  { id: 'pane', label: '会话详情 pane 360', width: 360, height: 640, resizable: false, titleBarHeight: 40 },
  {
    id: 'micro-app',
    label: 'Micro-app window 585',
    width: 585,
    height: 640,
    resizable: true,
    titleBarHeight: 40,
  },
  {
    id: 'modal-large',
    label: 'Modal large 676×545',
    width: 676,
    height: 545,
    resizable: false,
    titleBarHeight: 40,
  },
  {
    id: 'modal-middle',
    label: 'Modal middle 440×300',
    width: 440,
    height: 300,
    resizable: false,
    titleBarHeight: 40,
  },
  {
    id: 'modal-mini',
    label: 'Modal mini 366×120',
    width: 366,
    height: 120,
    resizable: false,
    titleBarHeight: 40,
  },
  {
    id: 'slide-panel',
    label: 'Slide panel 400',
    width: 400,
    height: 640,
    resizable: false,
    titleBarHeight: 40,
  },
  { id: 'mobile', label: 'Mobile 375×667', width: 375, height: 667, resizable: false, titleBarHeight: 44 },
];

/** The surface with this id; throws for an unknown id so a typo in a story shows at once. */
export function surfaceById(id: SurfaceId): Surface {
  const surface = surfaces.find((candidate) => candidate.id === id);
  if (!surface)
    throw new Error(`Unknown surface "${id}": use one of ${surfaces.map((s) => s.id).join(', ')}.`);
  return surface;
}

/** Whether `value` (e.g. a Storybook global) names a surface. */
export function isSurfaceId(value: unknown): value is SurfaceId {
  return surfaces.some((surface) => surface.id === value);
}

const Nested = createContext(false);

export interface SurfaceFrameProps {
  /** The surface to draw, or its id. */
  surface: Surface | SurfaceId;
  /** The text in the title bar. Defaults to the surface's label. */
  title?: string;
  /**
   * What the title bar holds instead of `title`, at the title bar's height: on the mobile surface,
   * the page's navigation bar (the decorator passes `@dingkit/mock`'s `MockNavigationBar` there
   * for a mobile platform, so a story does not draw one under the frame's own bar).
   * @default the title, as text
   */
  titleBar?: ReactNode;
  /**
   * The page area under the title bar (it does not scroll with the page): render
   * `MockDingTalkHost`'s dialogs into it (its `container`) and they cover and fit the surface, as
   * they cover and fit a browser window of that size.
   */
  pageRef?: Ref<HTMLDivElement>;
  children?: ReactNode;
}

const chrome: Record<string, CSSProperties> = {
  stage: { padding: 16, fontFamily: 'system-ui, sans-serif' },
  window: {
    display: 'flex',
    flexDirection: 'column',
    boxSizing: 'content-box',
    overflow: 'hidden',
    border: '1px solid #d5d8dc',
    borderRadius: 8,
    background: '#fff',
    boxShadow: '0 8px 24px rgba(23, 26, 29, 0.12)',
  },
  titleBar: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    flex: 'none',
    boxSizing: 'border-box',
    padding: '0 12px',
    borderBottom: '1px solid #e3e5e8',
    background: '#f5f6f7',
    color: '#171a1d',
    fontSize: 14,
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
  title: { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  close: { color: '#6b6e70', fontSize: 18, fontWeight: 400 },
  page: { display: 'flex', flex: '1 1 auto', minHeight: 0, position: 'relative' },
  content: { flex: '1 1 auto', minWidth: 0, overflow: 'auto', position: 'relative' },
};

/**
 * Draws a DingTalk-like window of `surface`'s size around `children`: a title bar and a content
 * area of exactly the size the page gets in DingTalk, which scrolls like the real one. The
 * micro-app window can be dragged wider or narrower from its bottom-right corner. The content
 * area sets `--dk-viewport-height`, so ModalFrame and SlidePanelFrame fill it as they fill the
 * real viewport. A SurfaceFrame inside another one (a story's own frame under the toolbar's)
 * draws nothing extra.
 */
export function SurfaceFrame({ surface, title, titleBar, pageRef, children }: SurfaceFrameProps) {
  const nested = useContext(Nested);
  if (nested) return children;
  const { id, label, width, height, resizable, titleBarHeight } =
    typeof surface === 'string' ? surfaceById(surface) : surface;
  const contentHeight = height - titleBarHeight;
  const mobile = id === 'mobile';
  return (
    <div style={chrome.stage}>
      <div
        data-surface={id}
        style={{
          ...chrome.window,
          width,
          height,
          ...(resizable ? { resize: 'horizontal', minWidth: 320, maxWidth: 1440 } : {}),
        }}
      >
        {titleBar === undefined ? (
          <div
            aria-hidden="true"
            style={{
              ...chrome.titleBar,
              height: titleBarHeight,
              justifyContent: mobile ? 'center' : undefined,
            }}
          >
            <span style={{ ...chrome.title, flex: mobile ? 'none' : 1 }}>{title ?? label}</span>
            {!mobile && <span style={chrome.close}>×</span>}
          </div>
        ) : (
          <div data-surface-title-bar="" style={{ flex: 'none', height: titleBarHeight, overflow: 'hidden' }}>
            {titleBar}
          </div>
        )}
        <div ref={pageRef} data-surface-page="" style={chrome.page}>
          <div
            data-surface-content=""
            style={{ ...chrome.content, ['--dk-viewport-height' as string]: `${contentHeight}px` }}
          >
            <Nested.Provider value={true}>{children}</Nested.Provider>
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * What sticks out of the page of each surface frame under `root`, sideways: a page must never
 * scroll horizontally in its surface. Empty when everything fits; else the content area's widths
 * and the elements that reach past its right edge.
 */
export function surfaceOverflows(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const content of root.querySelectorAll<HTMLElement>('[data-surface-content]')) {
    if (content.scrollWidth <= content.clientWidth) continue;
    const { right } = content.getBoundingClientRect();
    const surface = content.closest('[data-surface]')?.getAttribute('data-surface');
    found.push(`the ${surface} page scrolls sideways: ${content.scrollWidth}px in ${content.clientWidth}px`);
    for (const element of content.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 0.5) {
        found.push(
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ends ${Math.round(box.right - right)}px past it`,
        );
      }
    }
  }
  return found;
}
