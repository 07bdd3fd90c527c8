import { useToast } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/**
 * The debug panel that `?dk_debug=1` (or the provider's `devtools`) opens inside DingTalk: the
 * platform and client version, the handshake, the call log and a report to copy. Its words follow
 * the provider's `locale`.
 */
export default {
  title: 'Core/Debug panel',
  parameters: { dingtalk: { devtools: true, surface: 'pane' } },
} satisfies Meta;

function SavePage() {
  const toast = useToast();
  return (
    <button type="button" onClick={() => void toast.run({ text: '已保存' })}>
      保存
    </button>
  );
}

const openPanel = async (canvasElement: HTMLElement) => {
  const body = within(canvasElement.ownerDocument.body);
  await userEvent.click(await body.findByRole('button', { name: /^(调试|Debug)$/ }));
  return body.findByRole('dialog', { name: /dingkit/ });
};

/** A call that went through: it shows in the log with its params, outcome and duration. */
export function CallLogged() {
  return <SavePage />;
}
CallLogged.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: '保存' }));
  const panel = await openPanel(canvasElement);
  await waitFor(() => expect(panel.textContent).toMatch(/device\.notification\.toast → (成功|OK)/));
};

/** DingTalk rejected the signature (52013): the signed URL and what to check. */
export function SignatureRejected() {
  return <SavePage />;
}
SignatureRejected.parameters = { dingtalk: { handshake: 'configError' } };
SignatureRejected.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const panel = await openPanel(canvasElement);
  await waitFor(() => expect(within(panel).getByRole('alert').textContent).toContain('52013'));
};
