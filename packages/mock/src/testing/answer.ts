import type { ApiName, ApiResult } from '@dingkit/core';
import { type AnswerOptions, answerPending } from './answerPending';

/**
 * Answers the latest pending call of `api` with `result`, waiting for it if it has not come yet:
 * for what the other helpers do not cover (`biz.util.openModal`'s quit message, a custom API).
 * Resolves once the app has the answer.
 *
 * @example
 * await answer('biz.util.openModal', { message: 'saved:42' });
 */
export async function answer<A extends ApiName>(
  api: A,
  result: ApiResult<A>,
  options?: AnswerOptions,
): Promise<void> {
  await answerPending(
    { helper: `answer(${JSON.stringify(api)})`, apis: [api] },
    (call) => () => call.resolve(result),
    options,
  );
}
