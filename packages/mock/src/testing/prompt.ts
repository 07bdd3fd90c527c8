import type { PromptResult } from '@dingkit/core';
import { type AnswerOptions, answerPending } from './answerPending';
import { messageButtons, pressButton } from './pressButton';

/** Options of {@link prompt}. */
export interface PromptOptions extends AnswerOptions {
  /** The button pressed after typing: an index into the app's `buttonLabels`, or a label. @default 0 */
  button?: number | string | undefined;
}

/**
 * The person types `value` into the latest `device.notification.prompt` dialog (`usePrompt`) and
 * presses a button (the first by default), waiting for the dialog to open if it has not yet.
 * Resolves once the app has the answer.
 *
 * @example
 * await user.click(screen.getByRole('button', { name: '重命名' }));
 * await prompt('季度报告');
 */
export async function prompt(value: string, options: PromptOptions = {}): Promise<PromptResult> {
  const button = options.button ?? 0;
  const helper = `prompt(${JSON.stringify(value)})`;
  const result: PromptResult = { buttonIndex: 0, value };
  await answerPending(
    { helper, apis: ['device.notification.prompt'] },
    (call) => {
      result.buttonIndex = pressButton(helper, messageButtons(call.params.buttonLabels), button);
      return () => call.resolve({ ...result });
    },
    options,
  );
  return result;
}
