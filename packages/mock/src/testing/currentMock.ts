import type { MockController } from '../MockController';

/** How long a helper waits for the call it answers, unless told otherwise. */
export const defaultAnswerTimeoutMs = 2000;

let current: MockController | undefined;
const timeouts = new WeakMap<MockController, number>();

/**
 * Makes `controller` the one the helpers answer when given none (the latest rendered mock, as
 * Testing Library's `screen` is the latest document), with its own default wait.
 */
export function setCurrentMock(controller: MockController, timeoutMs: number): void {
  current = controller;
  timeouts.set(controller, timeoutMs);
}

/** Forgets `controller` as the current mock, if it still is (its tree was unmounted). */
export function releaseCurrentMock(controller: MockController): void {
  if (current === controller) current = undefined;
}

/** The mock the helpers answer when given none. */
export function currentMock(): MockController | undefined {
  return current;
}

/** The default wait of a helper answering `controller`. */
export function answerTimeoutOf(controller: MockController): number {
  return timeouts.get(controller) ?? defaultAnswerTimeoutMs;
}
