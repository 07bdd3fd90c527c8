import { DingTalkLayout, useSurface } from '@dingkit/react';
import { SurfaceFrame, surfaces } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

/** Every DingTalk surface SurfaceFrame draws, with the band a page gets in it. */
export default {
  title: 'Layout/Surfaces',
  // A gallery of frames: no frame (and no mocked DingTalk) around it.
  parameters: { dingtalk: { disable: true } },
} satisfies Meta;

function Band() {
  return (
    <p style={{ margin: 0, padding: 'var(--dk-space-3) var(--dk-gutter)' }}>
      band: <output>{useSurface()}</output>
    </p>
  );
}

const expected: Record<string, string> = {
  pane: 'compact',
  'micro-app': 'regular',
  'modal-large': 'regular',
  'modal-middle': 'compact',
  'modal-mini': 'compact',
  'slide-panel': 'compact',
  mobile: 'compact',
};

/** All surfaces side by side; the micro-app window can be dragged wider or narrower. */
export function AllSurfaces() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'start' }}>
      {surfaces.map((surface) => (
        <SurfaceFrame key={surface.id} surface={surface}>
          <DingTalkLayout>
            <Band />
          </DingTalkLayout>
        </SurfaceFrame>
      ))}
    </div>
  );
}
AllSurfaces.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const surface of surfaces) {
    const frame = canvasElement.querySelector<HTMLElement>(`[data-surface="${surface.id}"]`)!;
    const content = frame.querySelector<HTMLElement>('[data-surface-content]')!;
    await expect(content.clientWidth).toBe(surface.width);
    await expect(frame.getBoundingClientRect().height).toBe(surface.height + 2);
    await waitFor(() => expect(frame.querySelector('output')?.textContent).toBe(expected[surface.id]));
  }
};
