import type { ApiName } from '@dingkit/core';
import type { MockCall, MockController, PendingCall } from '../MockController';
import { actAsPerson, waitOutsideAct } from './actAsPerson';
import { answerTimeoutOf, currentMock } from './currentMock';

/** Options of the helpers that answer a pending call as a person would. */
export interface AnswerOptions {
  /**
   * The mock whose call to answer: pass it when the mock was not made by `renderWithDingTalk`
   * (e.g. `createMockBridge()` in your own wrapper), or when tests run concurrently.
   * @default the mock of the latest `renderWithDingTalk` or `createDingTalkWrapper` still mounted
   */
  controller?: MockController | undefined;
  /**
   * Milliseconds to wait for the call to be waiting for a person before failing with what
   * happened to it instead (never answered, rejected, answered by a script…).
   * @default 2000, plus twice the `latencyMs` given to `renderWithDingTalk`
   */
  timeoutMs?: number | undefined;
}

/** What a helper asks for: calls of these APIs, or (none given) any call a person can dismiss. */
export interface PendingQuery<A extends ApiName> {
  /** How the helper was called, for messages: `confirm(0)`. */
  helper: string;
  /** @default every API whose call waits for a person or is a transfer */
  apis?: readonly A[] | undefined;
}

/**
 * Waits (within a bound) for the latest pending call of `query.apis`, asks `decide` what the
 * person does (it throws for what a person could not do, leaving the call pending), does it inside
 * `act()` and waits until the app has the answer. Returns the call as it settled.
 */
export async function answerPending<A extends ApiName>(
  query: PendingQuery<A>,
  decide: (call: PendingCall<A>, controller: MockController) => () => void,
  options: AnswerOptions = {},
): Promise<MockCall | undefined> {
  const controller = options.controller ?? currentMock();
  if (!controller) {
    throw new Error(
      `${query.helper} has no mock to answer: render with renderWithDingTalk() first (still mounted), or pass { controller }.`,
    );
  }
  const timeoutMs = options.timeoutMs ?? answerTimeoutOf(controller);
  const call = await waitOutsideAct(() => waitForCall(controller, query, timeoutMs));
  const act = decide(call, controller);
  let settledCall: MockCall | undefined;
  await actAsPerson(async () => {
    act();
    settledCall = await settled(controller, call.id);
  });
  return settledCall;
}

function matcher<A extends ApiName>({ apis }: PendingQuery<A>) {
  return (call: PendingCall): call is PendingCall<A> =>
    apis ? (apis as readonly string[]).includes(call.api) : call.kind !== 'display';
}

function latest<A extends ApiName>(controller: MockController, query: PendingQuery<A>) {
  return controller.pending.findLast(matcher(query));
}

function waitForCall<A extends ApiName>(
  controller: MockController,
  query: PendingQuery<A>,
  timeoutMs: number,
): Promise<PendingCall<A>> {
  const found = latest(controller, query);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const unsubscribe = controller.subscribe(() => {
      const call = latest(controller, query);
      if (!call) return;
      stop();
      resolve(call);
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(explainMissing(controller, query, timeoutMs)));
    }, timeoutMs);
    const stop = () => {
      unsubscribe();
      clearTimeout(timer);
    };
  });
}

/** Resolves once the app has the answer (the call settled in `controller.calls`). */
function settled(controller: MockController, id: number): Promise<MockCall | undefined> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | undefined;
    const check = () => {
      const call = controller.calls.find((entry) => entry.id === id);
      // Gone: `reset()` forgot the calls; nothing more will happen to it.
      if (call && call.status === 'pending') return;
      unsubscribe?.();
      resolve(call);
    };
    unsubscribe = controller.subscribe(check);
    check();
  });
}

/** Why no call came: what happened to the latest one, and what waits instead. */
export function explainMissing<A extends ApiName>(
  controller: MockController,
  query: PendingQuery<A>,
  timeoutMs: number,
): string {
  const wanted = query.apis ? query.apis.join(' or ') : 'dialog';
  const lines = [`${query.helper}: no ${wanted} call was waiting for a person within ${timeoutMs} ms.`];
  const calls = controller.calls.filter((call) =>
    query.apis ? (query.apis as readonly string[]).includes(call.api) : call.api !== 'config',
  );
  const last = calls.at(-1);
  if (!last) {
    lines.push(
      'The app has not made the call: do what opens it first (e.g. await user.click(…)), then await the helper.',
    );
    const config = controller.calls.findLast((call) => call.api === 'config');
    if (config?.status === 'pending') {
      lines.push(
        'The handshake has not finished yet (latencyMs?): calls wait for it; pass a larger { timeoutMs }.',
      );
    } else if (config?.error) {
      lines.push(`The handshake failed with ${config.error.code}: calls that need it never reach DingTalk.`);
    }
  } else if (last.status === 'rejected') {
    lines.push(
      `The latest one (#${last.id}, ${last.api}) was rejected with ${last.error?.code}: ${last.error?.message}`,
    );
  } else if (last.status === 'resolved') {
    lines.push(
      `The latest one (#${last.id}, ${last.api}) was already answered: by a respond() script, the mock's default, the host's dialog or an earlier helper.`,
    );
  } else {
    lines.push(
      `The latest one (#${last.id}, ${last.api}) is still on its way (latencyMs?): pass a larger { timeoutMs }.`,
    );
  }
  const waiting = controller.pending.map((call) => `${call.api} (#${call.id})`);
  if (waiting.length > 0) lines.push(`Waiting instead: ${waiting.join(', ')}.`);
  return lines.join('\n');
}
