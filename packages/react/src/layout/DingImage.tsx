import { resizeImageUrl } from '@dingkit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from './cx';
import { type ImageResizer, imageSrcSet, zoomFor } from './imageSrcSet';

/** Props of `DingImage`; other props (and the ref) go to its `<img>`. */
export interface DingImageProps
  extends Omit<ComponentPropsWithoutRef<'img'>, 'src' | 'srcSet' | 'width' | 'height'> {
  /** The image URL as the JS-API returned it (uploadImage, an avatar…). */
  src: string;
  /** The text alternative; `''` for a decorative image. */
  alt: string;
  /** The displayed width in CSS px; it also sets `sizes` and the fallback `src`. @default undefined */
  width?: number;
  /** The displayed height in CSS px. @default width */
  height?: number;
  /** The `sizes` attribute, for an image whose width is not fixed. @default `${width}px` */
  sizes?: string;
  /** Corner shape: `'circle'` for avatars. @default 'square' */
  shape?: 'square' | 'rounded' | 'circle';
  /**
   * Whether to offer DingTalk's zoomed copies (`_80x80.jpg` … `_310x310.jpg`) in `srcset`.
   * Images wider than 310px are always shown as they are.
   * @default true for http(s) and protocol-relative URLs; false for data:, blob: and relative URLs
   */
  zoom?: boolean;
  /**
   * Builds a zoomed URL; replace it to route images through your own proxy.
   * @default resizeImageUrl from @dingkit/core
   */
  resize?: ImageResizer;
  /** When the browser loads the image. @default 'lazy' */
  loading?: 'lazy' | 'eager';
}

/**
 * An `<img>` for DingTalk-hosted images that lets the browser pick the smallest recommended zoom
 * (jsapi-appendix: 图片缩放) for its size and pixel density, instead of the full upload.
 */
export const DingImage = /* @__PURE__ */ forwardRef<HTMLImageElement, DingImageProps>(function DingImage(
  {
    src,
    alt,
    width,
    height = width,
    sizes,
    shape = 'square',
    zoom = /^(https?:)?\/\//i.test(src),
    resize,
    loading = 'lazy',
    className,
    ...rest
  },
  ref,
) {
  const fallback = width === undefined ? 310 : zoomFor(width);
  const zoomed = zoom && fallback !== undefined;
  return (
    <img
      decoding="async"
      {...rest}
      ref={ref}
      src={zoomed ? (resize ?? resizeImageUrl)(src, fallback) : src}
      srcSet={zoomed ? imageSrcSet(src, resize) : undefined}
      sizes={zoomed ? (sizes ?? (width === undefined ? undefined : `${width}px`)) : sizes}
      alt={alt}
      width={width}
      height={height}
      loading={loading}
      className={cx('dk-image', className)}
      data-shape={shape}
    />
  );
});
