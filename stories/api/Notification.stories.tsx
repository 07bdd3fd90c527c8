import { useActionSheet, useAlert, useConfirm, usePrompt, useToast } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { answer, expectOutput, findDialog, type PlayContext, page, press } from './support/play';

/** 弹窗: alert, confirm, prompt, toast and actionSheet, answered in the mock's dialogs. */
export default {
  title: 'API/Notification',
  tags: ['autodocs'],
  parameters: {
    docs: {
      page: () => (
        <ApiDocsPage hooks={['useAlert', 'useConfirm', 'usePrompt', 'useToast', 'useActionSheet']} />
      ),
    },
  },
} satisfies Meta;

const alert = hookStories({
  api: 'device.notification.alert',
  use: () => useAlert(),
  label: '提交审批',
  params: { title: '提示', message: '审批已提交，等待主管处理。', buttonName: '知道了' },
  dialog: '提示',
  respond: ({ canvasElement }) => answer(canvasElement, '提示', '知道了'),
  result: '',
});
export const AlertSuccess = alert.Success;
export const AlertCancelled = alert.Cancelled;
export const AlertFailed = alert.Failed;
export const AlertUnsupported = alert.Unsupported;
export const AlertBeforeReady = alert.BeforeReady;

const confirm = hookStories({
  api: 'device.notification.confirm',
  use: () => useConfirm(),
  label: '删除审批',
  params: { title: '删除审批', message: '删除后不可恢复，确定删除？', buttonLabels: ['删除', '取消'] },
  dialog: '删除审批',
  respond: ({ canvasElement }) => answer(canvasElement, '删除审批', '删除'),
  result: '{"buttonIndex":0}',
});
export const ConfirmSuccess = confirm.Success;
export const ConfirmCancelled = confirm.Cancelled;
export const ConfirmFailed = confirm.Failed;
export const ConfirmUnsupported = confirm.Unsupported;
export const ConfirmBeforeReady = confirm.BeforeReady;

const prompt = hookStories({
  api: 'device.notification.prompt',
  use: () => usePrompt(),
  label: '驳回',
  params: { title: '驳回原因', message: '请填写驳回原因', buttonLabels: ['提交', '取消'] },
  dialog: '驳回原因',
  respond: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, '驳回原因');
    await userEvent.type(within(dialog).getByRole('textbox', { name: '请填写驳回原因' }), '材料不全');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
  },
  result: '{"buttonIndex":0,"value":"材料不全"}',
});
export const PromptSuccess = prompt.Success;
export const PromptCancelled = prompt.Cancelled;
export const PromptFailed = prompt.Failed;
export const PromptUnsupported = prompt.Unsupported;
export const PromptBeforeReady = prompt.BeforeReady;

const toast = hookStories({
  api: 'device.notification.toast',
  use: () => useToast(),
  label: '保存',
  params: { type: 'success', text: '已保存', duration: 2 },
  respond: async ({ canvasElement }) => {
    await waitFor(() => expect(page(canvasElement).getByText('已保存')).toBeVisible(), { timeout: 4000 });
  },
  result: '',
});
export const ToastSuccess = toast.Success;
export const ToastCancelled = toast.Cancelled;
export const ToastFailed = toast.Failed;
export const ToastUnsupported = toast.Unsupported;
export const ToastBeforeReady = toast.BeforeReady;

/** `delay` and `duration` are honoured: hidden for the first second, shown for two. */
export function ToastDelayed() {
  const { run } = useToast();
  return (
    <button
      type="button"
      className="dk-button"
      onClick={() => void run({ type: 'warning', text: '一秒后出现', delay: 1, duration: 2 })}
    >
      稍后提示
    </button>
  );
}
ToastDelayed.play = async ({ canvasElement }: PlayContext) => {
  await press(canvasElement, '稍后提示');
  const started = performance.now();
  const shown = await page(canvasElement).findByText('一秒后出现', {}, { timeout: 3000 });
  await expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  await waitFor(() => expect(shown.isConnected).toBe(false), { timeout: 4000 });
  await expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
};

const actionSheet = hookStories({
  api: 'device.notification.actionSheet',
  use: () => useActionSheet(),
  label: '更多操作',
  params: { title: '选择操作', cancelButton: '取消', otherButtons: ['转交', '加签', '退回'] },
  dialog: '选择操作',
  respond: ({ canvasElement }) => answer(canvasElement, '选择操作', '加签'),
  result: '{"buttonIndex":1}',
});
export const ActionSheetSuccess = actionSheet.Success;
export const ActionSheetCancelled = actionSheet.Cancelled;
export const ActionSheetFailed = actionSheet.Failed;
export const ActionSheetUnsupported = actionSheet.Unsupported;
export const ActionSheetBeforeReady = actionSheet.BeforeReady;

/** The sheet's own cancel button is a choice, not a dismissal: `buttonIndex` -1. */
export const ActionSheetCancelButton = Object.assign(() => <ActionSheetSuccess />, {
  play: async ({ canvasElement }: PlayContext) => {
    await expectOutput(canvasElement, 'handshake', 'ready');
    await press(canvasElement, '更多操作');
    await answer(canvasElement, '选择操作', '取消');
    await expectOutput(canvasElement, 'result', '{"buttonIndex":-1}');
  },
});

/** The mock's own words in English (`parameters.dingtalk.locale`, or the toolbar's Locale). */
export const ConfirmInEnglish = Object.assign(() => <ConfirmSuccess />, {
  parameters: { dingtalk: { locale: 'en' } },
  play: async ({ canvasElement }: PlayContext) => {
    await expectOutput(canvasElement, 'handshake', 'ready');
    await press(canvasElement, '删除审批');
    const dialog = within(await findDialog(canvasElement, '删除审批'));
    // The app's labels stay as given; the mock's own ones (the picker's, the defaults) are English.
    await userEvent.click(dialog.getByRole('button', { name: '取消' }));
    await expectOutput(canvasElement, 'result', '{"buttonIndex":1}');
  },
});

/** Without `buttonLabels` the mock shows its own OK/Cancel, in the chosen locale. */
export function ConfirmDefaultLabelsInEnglish() {
  const { run, data } = useConfirm();
  return (
    <>
      <button type="button" className="dk-button" onClick={() => void run({ message: 'Archive it?' })}>
        归档
      </button>
      <output aria-label="result">{data ? JSON.stringify(data) : ''}</output>
    </>
  );
}
ConfirmDefaultLabelsInEnglish.parameters = { dingtalk: { locale: 'en' } };
ConfirmDefaultLabelsInEnglish.play = async ({ canvasElement }: PlayContext) => {
  await press(canvasElement, '归档');
  await answer(canvasElement, 'Notice', 'Cancel');
  await expectOutput(canvasElement, 'result', '{"buttonIndex":1}');
};
