/**
 * The sizes of `biz.util.openModal` (pc-jsapi: 尺寸选择详情), in CSS px, *including* DingTalk's
 * title bar. The page inside gets the height minus the title bar.
 */
export const modalSizes = {
  /** The default size (no `size` given to openModal). */
  large: { width: 676, height: 545 },
  /** `size: 'middle'`. */
  middle: { width: 440, height: 300 },
  /** `size: 'mini'`. */
  mini: { width: 366, height: 120 },
} as const;

/**
 * A size a `ModalFrame` is drawn at: the sizes of `biz.util.openModal`, with `'large'` for its
 * default. (`ModalSize` of `@dingkit/core` is the `size` param itself: `'middle' | 'mini'`.)
 */
export type ModalFrameSize = keyof typeof modalSizes;

/**
 * The height DingTalk's own title bar takes from a modal or slide panel, as assumed by the CSS
 * (`--dk-title-bar-height`). DingTalk does not document it; override the custom property if the
 * client you target differs.
 */
export const titleBarHeight = 40;
