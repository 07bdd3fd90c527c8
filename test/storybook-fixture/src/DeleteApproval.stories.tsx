import { mockControllerOf, useMockController } from '@dingkit/storybook';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useSyncExternalStore } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DeleteApproval } from './DeleteApproval';

const meta = { title: 'Approval/Delete', component: DeleteApproval } satisfies Meta<typeof DeleteApproval>;
export default meta;
type Story = StoryObj<typeof meta>;

const expectOutput = (canvasElement: HTMLElement, name: string, text: string) =>
  waitFor(() => expect(within(canvasElement).getByRole('status', { name }).textContent).toBe(text));

/** The person confirms in the mock's DingTalk-like dialog. */
export const ConfirmInTheDialog: Story = {
  play: async ({ canvasElement }) => {
    await expectOutput(canvasElement, '握手', 'ready');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '删除审批' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: '删除审批' });
    await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await expectOutput(canvasElement, '结果', '已删除');
  },
};

/** A scripted answer: no dialog, the app gets the second button. */
export const ScriptedAnswer: Story = {
  parameters: { dingtalk: { respond: { 'device.notification.confirm': { buttonIndex: 1 } } } },
  play: async ({ canvasElement, id }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '删除审批' }));
    await expectOutput(canvasElement, '结果', '已取消');
    const calls = mockControllerOf(id).calls.map(({ api, status }) => `${api} ${status}`);
    await expect(calls).toEqual(['config resolved', 'device.notification.confirm resolved']);
  },
};

/** DingTalk rejects the page's signature (52013): the handshake fails, and so does the call. */
export const SignatureRejected: Story = {
  parameters: { dingtalk: { handshake: 'configError' } },
  play: async ({ canvasElement }) => {
    await expectOutput(canvasElement, '握手', 'error CONFIG_FAILED');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '删除审批' }));
    await expectOutput(canvasElement, '结果', 'CONFIG_FAILED');
  },
};

/** How many DingTalk calls the story's mock has seen, live. */
function CallCount() {
  const controller = useMockController();
  const calls = useSyncExternalStore(
    (listener) => controller.subscribe(listener),
    () => controller.calls,
  );
  return <output aria-label="调用次数">{calls.length}</output>;
}

/** On iOS, in the mobile frame; a component reads the story's mock controller. */
export const OnMobile: Story = {
  parameters: { dingtalk: { platform: 'ios', surface: 'mobile' } },
  render: () => (
    <>
      <DeleteApproval />
      <CallCount />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expectOutput(canvasElement, '握手', 'ready');
    const frame = canvasElement.querySelector('[data-surface="mobile"]');
    await expect(frame?.getBoundingClientRect().width).toBe(375 + 2);
    await expectOutput(canvasElement, '调用次数', '1');
  },
};
