import type { ApiName } from '@dingkit/core';
import { type AnswerOptions, answerPending } from './answerPending';

/**
 * The person dismisses the latest dialog (Escape, the close button, a click outside): the app's
 * call rejects with `CANCELLED`. Give `api` to dismiss the latest call of that API only; without
 * it, the latest call waiting for a person (a dialog, a picker, a download in progress). Waits for
 * one to open if none has yet; resolves once the app has the rejection.
 *
 * @example
 * await user.click(screen.getByRole('button', { name: '选择负责人' }));
 * await cancel();
 * expect(screen.queryByRole('alert')).toBeNull();
 */
export async function cancel(api?: ApiName, options?: AnswerOptions): Promise<void> {
  await answerPending(
    { helper: api ? `cancel(${JSON.stringify(api)})` : 'cancel()', apis: api ? [api] : undefined },
    (call) => () => call.cancel(),
    options,
  );
}
