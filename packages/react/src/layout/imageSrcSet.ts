import { type ImageZoomSize, imageZoomSizes, resizeImageUrl } from '@dingkit/core';

/** Builds the URL of `url` scaled to fit `size`×`size`. */
export type ImageResizer = (url: string, size: ImageZoomSize) => string;

/**
 * A `srcset` offering every recommended DingTalk zoom of `url` (`_80x80.jpg 80w, …,
 * _310x310.jpg 310w`). The `w` descriptors assume landscape or square images, as the zoom fits
 * the longer side.
 */
export function imageSrcSet(url: string, resize: ImageResizer = resizeImageUrl): string {
  return imageZoomSizes.map((size) => `${resize(url, size)} ${size}w`).join(', ');
}

/** The smallest recommended zoom at least `width` px wide, or `undefined` when none is. */
export function zoomFor(width: number): ImageZoomSize | undefined {
  return imageZoomSizes.find((size) => size >= width);
}
