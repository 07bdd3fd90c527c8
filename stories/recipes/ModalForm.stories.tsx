import { DingTalkLayout, useOpenModal, useOpenSlidePanel } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { clickInFrame, framedDocument, typeInFrame } from '../api/support/play';
import { surfaceContent } from '../layout/withSurface';
import { framedPageUrl } from './framedPages';

/**
 * 打开弹窗表单: the app opens its own form page in a DingTalk modal; the page (with its own
 * bridge) quits with the form as its message, which the app reads from openModal's result.
 */
export default { title: 'Recipes/打开弹窗表单' } satisfies Meta;

interface Request {
  reason: string;
  days: number;
}

function LeaveRequests() {
  const modal = useOpenModal();
  const [requests, setRequests] = useState<Request[]>([]);
  const open = async () => {
    const { message } = await modal.run({ url: framedPageUrl('approval-form'), title: '新建请假申请' });
    if (message) setRequests((list) => [...list, JSON.parse(message) as Request]);
  };
  return (
    <DingTalkLayout style={{ display: 'grid', gap: 12, padding: 16 }}>
      <button
        type="button"
        className="dk-button dk-button-primary"
        onClick={() => void open().catch(() => {})}
      >
        新建请假
      </button>
      <ul aria-label="请假申请" style={{ margin: 0 }}>
        {requests.map((request, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: requests are only ever appended
          <li key={index}>
            {request.reason} · {request.days} 天
          </li>
        ))}
      </ul>
      {modal.error && (
        <p role="status">{modal.error.code === 'CANCELLED' ? '已取消' : modal.error.message}</p>
      )}
    </DingTalkLayout>
  );
}

type Play = { canvasElement: HTMLElement };

/** Fill the form in the modal, submit: the request appears in the app's list. */
export function OpenFormAndReadQuitMessage() {
  return <LeaveRequests />;
}
OpenFormAndReadQuitMessage.play = async ({ canvasElement }: Play) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '新建请假' }));
  const doc = await framedDocument(canvasElement, '新建请假申请', '请假事由');
  const form = within(doc.body);
  typeInFrame(form.getByRole('textbox', { name: /请假事由/ }), '回老家');
  typeInFrame(form.getByRole('spinbutton', { name: '天数' }), '3');
  clickInFrame(form.getByRole('button', { name: '提交' }));
  await waitFor(
    () => expect(canvas.getByRole('list', { name: '请假申请' })).toHaveTextContent('回老家 · 3 天'),
    {
      timeout: 4000,
    },
  );
  await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
};

/** Closed with its × instead: openModal rejects `CANCELLED`, nothing is added. */
export function CloseWithoutSubmitting() {
  return <LeaveRequests />;
}
CloseWithoutSubmitting.play = async ({ canvasElement }: Play) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '新建请假' }));
  const dialog = within(
    await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: '新建请假申请' }),
  );
  await userEvent.click(dialog.getByRole('button', { name: '关闭' }));
  await expect(await canvas.findByRole('status')).toHaveTextContent('已取消');
};

function ApprovalInbox() {
  const panel = useOpenSlidePanel();
  return (
    <DingTalkLayout style={{ display: 'grid', gap: 12, padding: 16 }}>
      <button
        type="button"
        className="dk-button"
        onClick={() =>
          void panel.run({ url: framedPageUrl('approval-detail'), title: '审批详情' }).catch(() => {})
        }
      >
        打开审批
      </button>
      {panel.data && <p role="status">结果：{panel.data.message}</p>}
    </DingTalkLayout>
  );
}

/** The slide panel's page names the left button 上一条, follows its clicks, and quits with the decision. */
export function SlidePanelWithLeftButton() {
  return <ApprovalInbox />;
}
SlidePanelWithLeftButton.play = async ({ canvasElement }: Play) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '打开审批' }));
  const doc = await framedDocument(canvasElement, /审批详情/, '王芳的请假申请');
  const panel = within(
    await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: '审批详情 #3' }),
  );
  await userEvent.click(await panel.findByRole('button', { name: '上一条' }, { timeout: 4000 }));
  await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: '审批详情 #2' });
  clickInFrame(within(doc.body).getByRole('button', { name: '同意' }));
  await expect(await canvas.findByRole('status', {}, { timeout: 4000 })).toHaveTextContent(
    '结果：approved #2',
  );
};
