import { DingImage, DingTalkLayout } from '@dingkit/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { avatarDataUrl, demoResize } from '../../../stories/layout/sample/people';
import { renderIn, useWideViewport } from './harness';

beforeAll(useWideViewport);

const avatar = 'https://static.dingtalk.com/media/demo-avatar-zhangsan.jpg';

async function loaded(image: HTMLImageElement): Promise<HTMLImageElement> {
  if (!image.complete)
    await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
  return image;
}

describe('DingImage', () => {
  for (const [width, zoom] of [
    [40, 80],
    [100, 120],
    [200, 250],
  ] as const) {
    it(`lets the browser pick the ${zoom}px zoom for a ${width}px image at 1x`, async () => {
      const { getByRole } = await renderIn(
        <DingTalkLayout>
          <DingImage src={avatar} resize={demoResize} alt="张三" width={width} loading="eager" />
        </DingTalkLayout>,
        360,
      );
      const image = await loaded(getByRole('img', { name: '张三' }).element() as HTMLImageElement);
      expect(window.devicePixelRatio).toBe(1);
      expect(image.currentSrc).toBe(demoResize(avatar, zoom));
      expect(image.getBoundingClientRect().width).toBe(width);
    });
  }

  it('shows a data: URL as it is', async () => {
    const src = avatarDataUrl({ name: '张三', color: '#1769e0' }, 80);
    const { getByRole } = await renderIn(<DingImage src={src} alt="头像" width={40} shape="circle" />, 360);
    const image = getByRole('img', { name: '头像' }).element() as HTMLImageElement;
    expect(image.getAttribute('srcset')).toBeNull();
    expect(image.getAttribute('src')).toBe(src);
    expect(getComputedStyle(image).borderRadius).toBe('50%');
  });
});
