import type { ConfirmResult } from '@dingkit/core';
import { type AnswerOptions, answerPending } from './answerPending';
import { messageButtons, pressButton } from './pressButton';

/**
 * The person presses a button of the latest `device.notification.confirm` dialog (`useConfirm`),
 * waiting for it to open if it has not yet. `button` is the index into the app's `buttonLabels`
 * (what the app gets back as `buttonIndex`) or the label itself. Resolves once the app has the
 * answer; rejects for a button the dialog does not have, or when no confirm opens in time.
 *
 * @example
 * await user.click(screen.getByRole('button', { name: '删除' }));
 * await confirm('删除'); // or confirm(0)
 */
export async function confirm(button: number | string, options?: AnswerOptions): Promise<ConfirmResult> {
  const helper = `confirm(${JSON.stringify(button)})`;
  const result: ConfirmResult = { buttonIndex: 0 };
  await answerPending(
    { helper, apis: ['device.notification.confirm'] },
    (call) => {
      result.buttonIndex = pressButton(helper, messageButtons(call.params.buttonLabels), button);
      return () => call.resolve({ ...result });
    },
    options,
  );
  return result;
}
