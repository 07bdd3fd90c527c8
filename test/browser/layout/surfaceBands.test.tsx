import {
  bandThresholds,
  DingTalkLayout,
  Hide,
  Show,
  type SurfaceBand,
  useContainerWidth,
  useSurface,
} from '@dingkit/react';
import { StrictMode, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dragTo, nextFrames, renderIn, useWideViewport, widths } from './harness';

beforeAll(useWideViewport);

const commits = { band: 0, width: 0 };
let lastWidth: number | undefined;

/** Counts its commits: one per render that reached the screen. */
function BandConsumer() {
  const band = useSurface();
  useLayoutEffect(() => {
    commits.band += 1;
  });
  return <output aria-label="band">{band}</output>;
}

function WidthConsumer() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  useLayoutEffect(() => {
    commits.width += 1;
    lastWidth = width;
  });
  return <div ref={ref} />;
}

const expectedBand = (width: number): SurfaceBand =>
  width < 480 ? 'compact' : width < 768 ? 'regular' : 'wide';

describe('surface bands', () => {
  it('documents 480 and 768 as the thresholds', () => {
    expect(bandThresholds).toEqual({ regular: 480, wide: 768 });
  });

  for (const width of widths) {
    it(`measures the container, not the viewport: ${width}px is ${expectedBand(width)}`, async () => {
      const { getByLabelText, frame } = await renderIn(
        <DingTalkLayout>
          <BandConsumer />
          <Show on="compact">
            <p>compact only</p>
          </Show>
          <Hide on="compact">
            <p>not compact</p>
          </Hide>
          <Show from="wide">
            <p>wide only</p>
          </Show>
        </DingTalkLayout>,
        width,
      );
      const band = expectedBand(width);
      await expect.element(getByLabelText('band')).toHaveTextContent(band);
      expect(frame.querySelector('.dk-layout')!.getAttribute('data-dk-band')).toBe(band);
      expect(frame.textContent).toContain(band === 'compact' ? 'compact only' : 'not compact');
      expect(frame.textContent?.includes('wide only')).toBe(band === 'wide');
    });
  }

  it('re-renders band consumers 0 times for 100 resize steps inside a band, once per boundary crossing', async () => {
    const { frame, getByLabelText } = await renderIn(
      <DingTalkLayout>
        <BandConsumer />
        <WidthConsumer />
      </DingTalkLayout>,
      490,
    );
    await nextFrames();
    const bandBefore = commits.band;
    const widthBefore = commits.width;

    for (let step = 1; step <= 100; step += 1) await dragTo(frame, 490 + step * 2);
    await nextFrames(3);
    expect(lastWidth).toBe(690);
    expect(commits.width - widthBefore).toBeGreaterThanOrEqual(50);
    expect(commits.band - bandBefore).toBe(0);
    await expect.element(getByLabelText('band')).toHaveTextContent('regular');

    await dragTo(frame, 800);
    await expect.element(getByLabelText('band')).toHaveTextContent('wide');
    await nextFrames(3);
    expect(commits.band - bandBefore).toBe(1);

    for (let step = 1; step <= 20; step += 1) await dragTo(frame, 800 + step * 5);
    await nextFrames(3);
    expect(commits.band - bandBefore).toBe(1);
  });

  it('follows a drag back and forth across both boundaries', async () => {
    const { frame } = await renderIn(
      <DingTalkLayout>
        <BandConsumer />
      </DingTalkLayout>,
      585,
    );
    const root = frame.querySelector('.dk-layout')!;
    for (const [width, band] of [
      [479, 'compact'],
      [480, 'regular'],
      [767, 'regular'],
      [768, 'wide'],
      [360, 'compact'],
      [1024, 'wide'],
    ] as const) {
      await dragTo(frame, width);
      await expect.poll(() => root.getAttribute('data-dk-band')).toBe(band);
    }
  });

  it('follows a drag with the caller’s ref on the root, measuring the same element as the caller', async () => {
    let root: HTMLDivElement | null = null;
    function Page() {
      const ref = useRef<HTMLDivElement | null>(null);
      const width = useContainerWidth(ref);
      return (
        <DingTalkLayout
          ref={(node) => {
            ref.current = node;
            root = node;
          }}
        >
          <BandConsumer />
          <output aria-label="width">{width}</output>
        </DingTalkLayout>
      );
    }
    const { frame, getByLabelText } = await renderIn(<Page />, 585);
    expect(root).toBe(frame.querySelector('.dk-layout'));
    await expect.element(getByLabelText('band')).toHaveTextContent('regular');
    await expect.element(getByLabelText('width')).toHaveTextContent('585');
    await dragTo(frame, 360);
    await expect.element(getByLabelText('band')).toHaveTextContent('compact');
    await expect.element(getByLabelText('width')).toHaveTextContent('360');
  });

  it('keeps the band when the container is hidden (width 0)', async () => {
    const { frame } = await renderIn(
      <DingTalkLayout>
        <BandConsumer />
      </DingTalkLayout>,
      1024,
    );
    const root = frame.querySelector<HTMLElement>('.dk-layout')!;
    frame.style.display = 'none';
    await nextFrames(3);
    expect(root.getAttribute('data-dk-band')).toBe('wide');
  });
});

describe('server rendering and hydration', () => {
  const roots: { unmount(): void }[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) root.unmount();
  });

  function host(width: number): HTMLElement {
    const element = document.createElement('div');
    element.style.width = `${width}px`;
    document.body.append(element);
    return element;
  }

  it('corrects the initial band before the first paint', async () => {
    const element = host(360);
    const root = createRoot(element);
    roots.push(root);
    const seen: string[] = [];
    // flushSync commits and runs layout effects in this task: nothing has been painted yet.
    flushSync(() =>
      root.render(
        <StrictMode>
          <DingTalkLayout initialBand="wide">
            <BandConsumer />
          </DingTalkLayout>
        </StrictMode>,
      ),
    );
    seen.push(element.querySelector('.dk-layout')!.getAttribute('data-dk-band')!);
    expect(seen).toEqual(['compact']);
    expect(element.querySelector('output')!.textContent).toBe('compact');
  });

  it('hydrates server HTML rendered with the default band without a mismatch, then measures', async () => {
    const ui = (
      <StrictMode>
        <DingTalkLayout>
          <BandConsumer />
          <Show on="compact">
            <p>compact only</p>
          </Show>
        </DingTalkLayout>
      </StrictMode>
    );
    const element = host(360);
    element.innerHTML = renderToString(ui);
    expect(element.querySelector('.dk-layout')!.getAttribute('data-dk-band')).toBe('regular');
    expect(element.textContent).not.toContain('compact only');
    const errors: unknown[] = [];
    roots.push(hydrateRoot(element, ui, { onRecoverableError: (error) => errors.push(error) }));
    await expect.poll(() => element.querySelector('output')?.textContent).toBe('compact');
    expect(element.textContent).toContain('compact only');
    expect(errors).toEqual([]);
  });
});
