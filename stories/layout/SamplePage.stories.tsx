import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApprovalPage } from './sample/ApprovalPage';
import { on, overflowingElements, surfaceContent } from './withSurface';

/** The sample page (an approval list with detail and actions) in every DingTalk surface. */
export default { title: 'Layout/Sample page: 审批' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

async function noHorizontalOverflow(canvasElement: HTMLElement) {
  await expect(overflowingElements(surfaceContent(canvasElement))).toEqual([]);
}

/** The 360px conversation pane: list first; a detail replaces it; approve; back to the list. */
export function Pane() {
  return <ApprovalPage initialBand="compact" />;
}
Object.assign(Pane, on('pane', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await noHorizontalOverflow(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /张三的请假申请/ }));
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: '张三的请假申请', level: 2 })).toBeVisible(),
    );
    await noHorizontalOverflow(canvasElement);
    const actions = canvas.getByRole('group', { name: '审批操作' });
    const approve = within(actions).getByRole('button', { name: '同意' });
    await expect(approve.getBoundingClientRect().width).toBeGreaterThan(300);
    await userEvent.click(approve);
    await expect(canvas.queryByRole('group', { name: '审批操作' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: '返回' }));
    const item = await canvas.findByRole('button', { name: /张三的请假申请/ });
    await expect(item).toHaveTextContent('已同意');
    await expect(item).toHaveFocus();
    await expect(canvas.getByText('1 条待我审批')).toBeVisible();
  },
});

/** The pane opened on a detail with a long unbroken document number. */
export function PaneDetail() {
  return <ApprovalPage initialBand="compact" initialSelectedId="a2" />;
}
Object.assign(PaneDetail, on('pane', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => {
    await within(canvasElement).findByText('BX-20240505-000123456789012345678901234567890');
    await noHorizontalOverflow(canvasElement);
  },
});

/** The micro-app window at its default 585px: one column, actions in a row. */
export function MicroApp() {
  return <ApprovalPage initialSelectedId="a1" />;
}
Object.assign(MicroApp, on('micro-app', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await noHorizontalOverflow(canvasElement);
    await canvas.findByRole('button', { name: '返回' });
    const buttons = within(canvas.getByRole('group', { name: '审批操作' })).getAllByRole('button');
    await expect(new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size).toBe(
      1,
    );
  },
});

/** The window dragged to 1024px: list and detail side by side. */
export function MicroAppDraggedWide() {
  return <ApprovalPage initialBand="wide" initialSelectedId="a1" />;
}
Object.assign(MicroAppDraggedWide, on('micro-app', { surfaceTitle: '审批', surfaceWidth: 1024 }), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await noHorizontalOverflow(canvasElement);
    await expect(canvas.getByRole('region', { name: '待我审批' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: '详情' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /李四的报销申请/ }));
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: '李四的报销申请', level: 2 })).toBeVisible(),
    );
    await expect(canvas.getByRole('region', { name: '待我审批' })).toBeVisible();
  },
});

/** The page opened in the large modal (676×545). */
export function ModalLarge() {
  return <ApprovalPage />;
}
Object.assign(ModalLarge, on('modal-large', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => noHorizontalOverflow(canvasElement),
});

/** The page opened in the middle modal (440×300): compact, scrolls vertically. */
export function ModalMiddle() {
  return <ApprovalPage initialBand="compact" />;
}
Object.assign(ModalMiddle, on('modal-middle', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => noHorizontalOverflow(canvasElement),
});

/** The page squeezed into the mini modal (366×120): still no horizontal overflow. */
export function ModalMini() {
  return <ApprovalPage initialBand="compact" />;
}
Object.assign(ModalMini, on('modal-mini', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => noHorizontalOverflow(canvasElement),
});

/** The page in a slide panel, on a detail. */
export function SlidePanel() {
  return <ApprovalPage initialBand="compact" initialSelectedId="a4" />;
}
Object.assign(SlidePanel, on('slide-panel', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => {
    await within(canvasElement).findByRole('button', { name: '返回' });
    await noHorizontalOverflow(canvasElement);
  },
});

/** The same page on a phone (375×667). */
export function Mobile() {
  return <ApprovalPage initialBand="compact" />;
}
Object.assign(Mobile, on('mobile', { surfaceTitle: '审批' }), {
  play: async ({ canvasElement }: Play) => noHorizontalOverflow(canvasElement),
});
