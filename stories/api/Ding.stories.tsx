import { useDingCreate, useDingPost } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { page } from './support/play';

/** DING: DING 1.0 (`biz.ding.post`, PC) and DING 2.0 (`biz.ding.create`). The mock shows what was sent. */
export default {
  title: 'API/Ding',
  tags: ['autodocs'],
  parameters: { docs: { page: () => <ApiDocsPage hooks={['useDingPost', 'useDingCreate']} /> } },
} satisfies Meta;

const alertDate = { format: 'yyyy-MM-dd HH:mm', value: '2026-06-01 09:00' };

const post = hookStories({
  api: 'biz.ding.post',
  use: () => useDingPost(),
  label: 'DING 一下',
  params: {
    users: ['0108', '0115'],
    type: 2,
    alertType: 2,
    alertDate,
    attachment: {
      title: '请假申请待审批',
      url: 'https://example.com/approvals/42',
      text: '王芳 · 年假 2 天',
    },
    text: '请尽快处理审批',
  },
  respond: async ({ canvasElement }) => {
    await page(canvasElement).findByText('已向 2 人发送 DING');
  },
  result: '',
});
export const DingPostSuccess = post.Success;
export const DingPostCancelled = post.Cancelled;
export const DingPostFailed = post.Failed;
export const DingPostUnsupported = post.Unsupported;
export const DingPostBeforeReady = post.BeforeReady;

const create = hookStories({
  api: 'biz.ding.create',
  use: () => useDingCreate(),
  label: '发起 DING',
  params: {
    users: ['0108', '0115', '0121'],
    type: 2,
    alertType: 2,
    alertDate,
    text: '周会改到 10 点',
    bizType: 0,
  },
  respond: async ({ canvasElement }) => {
    await page(canvasElement).findByText('已向 3 人发送 DING');
  },
  result: '{"dingCreateResult":true}',
});
export const DingCreateSuccess = create.Success;
export const DingCreateCancelled = create.Cancelled;
export const DingCreateFailed = create.Failed;
export const DingCreateUnsupported = create.Unsupported;
export const DingCreateBeforeReady = create.BeforeReady;
