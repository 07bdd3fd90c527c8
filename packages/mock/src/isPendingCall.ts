import type { ApiName } from '@dingkit/core';
import type { PendingCall } from './MockController';

/** Narrows a pending call to one API, so `params` and `resolve` get that API's types. */
export function isPendingCall<A extends ApiName>(call: PendingCall, api: A): call is PendingCall<A> {
  return call.api === api;
}
