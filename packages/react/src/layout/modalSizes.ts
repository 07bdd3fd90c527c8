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

/** A modal size of `biz.util.openModal`. */
export type ModalSize = keyof typeof modalSizes;

/**
 * The height DingTalk's own title bar takes from a modal or slide panel, as assumed by the CSS
 * (`--dk-title-bar-height`). DingTalk does not document it; override the custom property if the
 * client you target differs.
 */
export const titleBarHeight = 40;
