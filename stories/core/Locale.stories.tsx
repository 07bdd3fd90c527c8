import { PageHeader, useConfirm } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectOutput, findDialog, type PlayContext, press } from '../api/support/play';

export default { title: 'Core/Locale' } satisfies Meta;

/** A page whose words come from dingkit: the back button, the mock's dialog, the error message. */
function SubmitPage() {
  const confirm = useConfirm();
  return (
    <>
      <PageHeader title="报销单" onBack={() => {}} />
      <button
        type="button"
        className="dk-button"
        onClick={() => void confirm.run({ message: '提交报销单？' })}
      >
        提交
      </button>
      <output aria-label="error">{confirm.error?.message ?? ''}</output>
    </>
  );
}

/**
 * The toolbar's Locale at 中文 (the default): the layout's back button, the mock's dialog and the
 * provider's error messages speak Chinese.
 */
export const Chinese = Object.assign(() => <SubmitPage />, {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }: PlayContext) => {
    await expect(within(canvasElement).getByRole('button', { name: /返回/ })).toBeVisible();
    await press(canvasElement, '提交');
    const dialog = within(await findDialog(canvasElement, '提示'));
    await expect(dialog.getByRole('button', { name: '取消' })).toBeVisible();
    // Dismissed (the 取消 button would be a choice): the app gets CANCELLED, its message localised.
    await userEvent.keyboard('{Escape}');
    await expectOutput(canvasElement, 'error', /用户取消了操作/);
  },
});

/** The toolbar's Locale at English switches all three: Back, the dialog's OK/Cancel, the error. */
export const English = Object.assign(() => <SubmitPage />, {
  globals: { locale: 'en' },
  play: async ({ canvasElement }: PlayContext) => {
    await expect(within(canvasElement).getByRole('button', { name: /Back/ })).toBeVisible();
    await press(canvasElement, '提交');
    const dialog = within(await findDialog(canvasElement, 'Notice'));
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expectOutput(canvasElement, 'error', /The person cancelled/);
  },
});
