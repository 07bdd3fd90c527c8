import { DingTalkLayout, useContainerWidth, useSurface } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { on, surfaceContent } from './withSurface';

export default { title: 'Layout/DingTalkLayout' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

const swatches = ['primary', 'success', 'warning', 'danger', 'text', 'text-secondary', 'fill', 'border'];
const sizes = ['caption', 'body', 'subtitle', 'title', 'headline'];

/** What the layout measured and the design tokens it sets. */
function Readout() {
  const band = useSurface();
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  return (
    <div ref={ref} style={{ padding: 'var(--dk-space-4) var(--dk-gutter)', display: 'grid', gap: 12 }}>
      <p style={{ margin: 0 }}>
        Band <output aria-label="band">{band}</output>, width{' '}
        <output aria-label="width">{width === undefined ? '…' : Math.round(width)}</output>px
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {swatches.map((name) => (
          <span key={name} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span
              style={{
                width: 16,
                height: 16,
                borderRadius: 4,
                background: `var(--dk-color-${name})`,
                border: '1px solid var(--dk-color-border)',
              }}
            />
            <span style={{ fontSize: 'var(--dk-font-size-caption)' }}>{name}</span>
          </span>
        ))}
      </div>
      {sizes.map((size) => (
        <p key={size} style={{ margin: 0, fontSize: `var(--dk-font-size-${size})` }}>
          {size} 钉钉审批
        </p>
      ))}
    </div>
  );
}

/** In the 360px conversation pane the band is compact. */
export function InPane() {
  return (
    <DingTalkLayout>
      <Readout />
    </DingTalkLayout>
  );
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    await waitFor(() => expect(within(canvasElement).getByLabelText('band').textContent).toBe('compact'));
  },
});

/**
 * The micro-app window at its default 585px is regular. Drag its bottom-right corner: the band
 * changes at 480px and 768px, not at every pixel.
 */
export function InMicroApp() {
  return (
    <DingTalkLayout>
      <Readout />
    </DingTalkLayout>
  );
}
Object.assign(InMicroApp, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('band').textContent).toBe('regular'));
    const frame = surfaceContent(canvasElement).parentElement!;
    frame.style.width = '900px';
    await waitFor(() => expect(canvas.getByLabelText('band').textContent).toBe('wide'));
    frame.style.width = '585px';
    await waitFor(() => expect(canvas.getByLabelText('band').textContent).toBe('regular'));
  },
});

/** The large modal (676×545) is regular, like the default window. */
export function InLargeModal() {
  return (
    <DingTalkLayout>
      <Readout />
    </DingTalkLayout>
  );
}
Object.assign(InLargeModal, on('modal-large'), {
  play: async ({ canvasElement }: Play) => {
    await waitFor(() => expect(within(canvasElement).getByLabelText('band').textContent).toBe('regular'));
  },
});

/** `theme="dark"` (or `data-theme="dark"` on an ancestor) switches every colour token. */
export function DarkTheme() {
  return (
    <DingTalkLayout theme="dark" style={{ minHeight: '100%' }}>
      <Readout />
    </DingTalkLayout>
  );
}
Object.assign(DarkTheme, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const root = canvasElement.querySelector('.dk-layout')!;
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(28, 28, 30)');
  },
});
