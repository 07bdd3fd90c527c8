import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TasksPage } from './TasksPage';

// Each story runs inside the mocked DingTalk of @dingkit/storybook; `parameters.dingtalk` pins
// the surface, the platform or DingTalk's answers, and the toolbar changes the rest. The
// DingTalk panel lists every call the page makes.
const meta = { component: TasksPage } satisfies Meta<typeof TasksPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** DingTalk PC's conversation pane (会话详情), 360px wide: one column, stacked buttons. */
export const InTheConversationPane: Story = {
  parameters: { dingtalk: { surface: 'pane' } },
};

/** The micro-app window at its default 585px. */
export const InTheMicroAppWindow: Story = {
  parameters: { dingtalk: { surface: 'micro-app' } },
};

/** The micro-app window dragged to 1024px: the list and the task side by side. */
export const DraggedWide: Story = {
  parameters: { dingtalk: { surface: 'micro-app', surfaceWidth: 1024 } },
};

/** On an iPhone. */
export const OnAPhone: Story = {
  parameters: { dingtalk: { platform: 'ios', surface: 'mobile' } },
};

/** DingTalk answers the confirm dialog by itself (完成): the task is done without a click in it. */
export const Completed: Story = {
  parameters: { dingtalk: { respond: { 'device.notification.confirm': { buttonIndex: 0 } } } },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await userEvent.click(page.getByRole('button', { name: /整理第三季度报销单/ }));
    await userEvent.click(page.getByRole('button', { name: '完成' }));
    await expect(await page.findByText('1 项未完成')).toBeVisible();
  },
};

/** DingTalk rejects the page's signature (52013): the page says why and offers to retry. */
export const SignatureRejected: Story = {
  parameters: { dingtalk: { handshake: 'configError' } },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await expect(await page.findByRole('alert')).toHaveTextContent('52013');
    await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  },
};
