/** The zoom sizes DingTalk's image service recommends (`jsapi-appendix`: 图片缩放). */
export type ImageZoomSize = 80 | 120 | 250 | 310;

/** Every recommended zoom size, smallest first. */
export const imageZoomSizes: readonly ImageZoomSize[] = [80, 120, 250, 310];

/**
 * The URL of a DingTalk-hosted image scaled to fit `size`×`size`: the file name plus
 * `_250x250.jpg`. Works for images returned by the JS-API (uploadImage, contact avatars…).
 * An existing zoom suffix is replaced; query and hash are kept.
 */
export function resizeImageUrl(url: string, size: ImageZoomSize): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  return `${path.replace(/_\d+x\d+\.jpg$/, '')}_${size}x${size}.jpg${rest}`;
}
