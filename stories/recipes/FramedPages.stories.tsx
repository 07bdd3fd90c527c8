import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ApprovalDetailPage } from './pages/ApprovalDetailPage';
import { ApprovalFormPage } from './pages/ApprovalFormPage';

/**
 * Pages that other stories open in a mock modal or slide panel (by URL, through `iframe.html`).
 * Shown here on their own in the matching surface.
 */
// Full-bleed: inside the modal or panel the page fills the frame, as it does in DingTalk.
export default { title: 'Recipes/Framed pages', parameters: { layout: 'fullscreen' } } satisfies Meta;

/** The leave request form of the "open a modal form" recipe, at the large modal's size. */
export function ApprovalForm() {
  return <ApprovalFormPage />;
}
Object.assign(ApprovalForm, {
  globals: { surface: 'modal-large' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: /请假事由/ })).toBeVisible();
  },
});

/** The approval shown in the slide panel, with its 上一条 left button. */
export function ApprovalDetail() {
  return <ApprovalDetailPage />;
}
Object.assign(ApprovalDetail, {
  globals: { surface: 'slide-panel' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(within(canvasElement).getByRole('status', { name: 'approval' })).toHaveTextContent('#3');
  },
});
