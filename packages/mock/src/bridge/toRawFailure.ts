import { DingTalkError } from '@dingkit/core';
import type { MockFailure } from '../MockController';

/** What the client answers when the person dismisses a dialog. */
const cancelled = { errorCode: '-1', errorMessage: '用户取消' };

/** What a scripted failure rejects the transport with; the bridge maps it like a client's. */
export function toRawFailure(api: string, failure: MockFailure): unknown {
  if (typeof failure !== 'string') return failure;
  if (failure === 'CANCELLED') return cancelled;
  return new DingTalkError(failure, {
    api,
    message: `${api} failed with ${failure}, as scripted by the mock controller. Remove the script with the function fail() returned, or call controller.reset().`,
  });
}
