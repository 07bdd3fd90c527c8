import type { UploadImageResult } from '@dingkit/core';
import { type AnswerOptions, answerPending } from './answerPending';

/** A made-up photo as an SVG data URL: renders anywhere, loads nothing. */
function samplePhoto(n: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180"><rect width="240" height="180" fill="#D6E4FF"/><text x="120" y="90" dy=".35em" text-anchor="middle" font-family="sans-serif" font-size="40" fill="#3296FA">${n}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The person chooses images in the latest `biz.util.uploadImage` (`useUploadImage`) and presses
 * 上传, waiting for it to open if it has not yet: `images` is how many (made-up photos as data
 * URLs, which render without a network) or the URLs to upload. Rejects for what the dialog would
 * not allow (none, more than one without `multiple`, more than `max`). Resolves with the URLs the
 * app gets.
 *
 * @example
 * await user.click(screen.getByRole('button', { name: '添加照片' }));
 * const [first] = await uploadImages(2);
 */
export async function uploadImages(
  images: number | readonly string[],
  options?: AnswerOptions,
): Promise<UploadImageResult> {
  const helper = `uploadImages(${JSON.stringify(images)})`;
  const urls =
    typeof images === 'number'
      ? Array.from({ length: Math.max(0, Math.floor(images)) }, (_, i) => samplePhoto(i + 1))
      : [...images];
  await answerPending(
    { helper, apis: ['biz.util.uploadImage'] },
    (call) => {
      const multiple = call.params.multiple ?? false;
      const max = multiple ? call.params.max : 1;
      if (urls.length === 0) {
        throw new Error(
          `${helper}: the upload button stays disabled until an image is chosen; use cancel() to dismiss.`,
        );
      }
      if (max !== undefined && urls.length > max) {
        const why = multiple ? `max: ${max}` : 'no multiple: true';
        throw new Error(`${helper}: ${urls.length} images, but the app asked for at most ${max} (${why}).`);
      }
      return () => call.resolve([...urls]);
    },
    options,
  );
  return urls;
}
