import type { ActionSheetResult } from '@dingkit/core';
import { messages } from '../host/messages';
import { type AnswerOptions, answerPending } from './answerPending';
import { pressButton } from './pressButton';

/**
 * The person picks an option of the latest `device.notification.actionSheet` (`useActionSheet`),
 * waiting for it to open if it has not yet: an index into the app's `otherButtons` or its label;
 * `-1` or the cancel button's label picks the cancel button (an answer, `buttonIndex: -1`, not an
 * error). Resolves once the app has the answer.
 *
 * @example
 * await actionSheet('转交他人');
 */
export async function actionSheet(
  option: number | string,
  options?: AnswerOptions,
): Promise<ActionSheetResult> {
  const helper = `actionSheet(${JSON.stringify(option)})`;
  const result: ActionSheetResult = { buttonIndex: -1 };
  await answerPending(
    { helper, apis: ['device.notification.actionSheet'] },
    (call) => {
      const { otherButtons, cancelButton } = call.params;
      const cancel = cancelButton || messages['zh-CN'].cancel;
      result.buttonIndex = pressButton(helper, otherButtons ?? [], option, [[cancel, -1]]);
      return () => call.resolve({ ...result });
    },
    options,
  );
  return result;
}
