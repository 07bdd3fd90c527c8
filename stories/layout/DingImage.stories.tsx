import { DingImage, DingTalkLayout, imageSrcSet } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { demoResize, people } from './sample/people';
import { on } from './withSurface';

export default { title: 'Layout/DingImage' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

const [zhangsan] = people;

/**
 * One avatar at four sizes. Each generated image prints its own pixel size in the corner: the
 * browser picked the smallest DingTalk zoom (80, 120, 250, 310) that covers the size on screen.
 */
export function PicksTheZoom() {
  return (
    <DingTalkLayout>
      <p style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: 16, padding: 16, margin: 0 }}>
        {[24, 40, 100, 200].map((width) => (
          <DingImage
            key={width}
            src={zhangsan!.avatar}
            resize={demoResize}
            alt={`张三 ${width}px`}
            width={width}
            shape="rounded"
            loading="eager"
          />
        ))}
      </p>
    </DingTalkLayout>
  );
}
Object.assign(PicksTheZoom, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const image = within(canvasElement).getByRole('img', { name: '张三 40px' }) as HTMLImageElement;
    await waitFor(() => expect(image.complete && image.currentSrc !== '').toBe(true));
    const zoom = window.devicePixelRatio <= 2 ? 40 * window.devicePixelRatio : 120;
    const expected = [80, 120, 250, 310].find((size) => size >= zoom)!;
    await expect(image.currentSrc).toBe(demoResize(zhangsan!.avatar, expected as 80));
  },
});

/** Round avatars in a list row. */
export function Avatars() {
  return (
    <DingTalkLayout>
      <p style={{ display: 'flex', gap: 8, padding: 16, margin: 0 }}>
        {people.map((person) => (
          <DingImage
            key={person.id}
            src={person.avatar}
            resize={demoResize}
            alt={person.name}
            width={40}
            shape="circle"
          />
        ))}
      </p>
    </DingTalkLayout>
  );
}
Object.assign(Avatars, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const images = within(canvasElement).getAllByRole('img');
    await expect(images).toHaveLength(people.length);
    await expect(getComputedStyle(images[0]!).borderRadius).toBe('50%');
  },
});

const uploaded = 'https://static.dingtalk.com/media/lADOA9bQH8zIzMg_200_200.jpg';

/** The srcset DingImage writes for an image the JS-API returned (jsapi-appendix: 图片缩放). */
export function ZoomRule() {
  return (
    <DingTalkLayout>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', padding: 16, margin: 0 }}>
        <code>{imageSrcSet(uploaded).split(', ').join(',\n')}</code>
      </pre>
    </DingTalkLayout>
  );
}
Object.assign(ZoomRule, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const text = canvasElement.querySelector('code')!.textContent;
    for (const size of [80, 120, 250, 310])
      await expect(text).toContain(`${uploaded}_${size}x${size}.jpg ${size}w`);
  },
});
