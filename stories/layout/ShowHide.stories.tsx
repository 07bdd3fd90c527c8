import { DingTalkLayout, Hide, Show } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { on } from './withSurface';

export default { title: 'Layout/Show and Hide' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

function Example() {
  return (
    <DingTalkLayout>
      <div style={{ padding: 'var(--dk-space-4) var(--dk-gutter)' }}>
        <Show on="compact">
          <p>在会话详情中只显示摘要。</p>
        </Show>
        <Show from="regular">
          <p>窗口够宽时显示完整说明和统计。</p>
        </Show>
        <Show from="wide">
          <p>拖宽的窗口里还显示右侧的图表。</p>
        </Show>
        <Hide on="compact">
          <button type="button" className="dk-button">
            导出
          </button>
        </Hide>
      </div>
    </DingTalkLayout>
  );
}

/** The pane mounts only the compact content. */
export function InPane() {
  return <Example />;
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('在会话详情中只显示摘要。')).toBeVisible());
    await expect(canvas.queryByText('窗口够宽时显示完整说明和统计。')).toBeNull();
    await expect(canvas.queryByRole('button', { name: '导出' })).toBeNull();
  },
});

/** The default window shows the regular content and the export button. */
export function InMicroApp() {
  return <Example />;
}
Object.assign(InMicroApp, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: '导出' })).toBeVisible());
    await expect(canvas.queryByText('在会话详情中只显示摘要。')).toBeNull();
    await expect(canvas.queryByText('拖宽的窗口里还显示右侧的图表。')).toBeNull();
  },
});

/** A window dragged to 1024px shows the wide content too. */
export function DraggedWide() {
  return <Example />;
}
Object.assign(DraggedWide, on('micro-app', { surfaceWidth: 1024 }), {
  play: async ({ canvasElement }: Play) => {
    await waitFor(() =>
      expect(within(canvasElement).getByText('拖宽的窗口里还显示右侧的图表。')).toBeVisible(),
    );
  },
});
