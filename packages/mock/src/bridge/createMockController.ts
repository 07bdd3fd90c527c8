import type { MockController } from '../MockController';
import type { MockOrg, MockUser } from '../mockOrg';
import type { AuthCodes } from './createAuthCodes';
import type { CallLog } from './createCallLog';
import type { ClientEvents } from './createClientEvents';
import type { Listeners } from './createListeners';
import type { PendingQueue } from './createPendingQueue';
import type { Repeats } from './createRepeats';
import { type Scripts, toScript } from './createScripts';
import { toRawFailure } from './toRawFailure';

/** The parts of a mock bridge its controller scripts and observes. */
export interface ControllerParts {
  org: MockOrg;
  user: MockUser;
  log: CallLog;
  queue: PendingQueue;
  scripts: Scripts;
  events: ClientEvents;
  repeats: Repeats;
  authCodes: AuthCodes;
  /** Told after every change of the log or the queue. */
  changes: Listeners;
  /** Forgets what the simulated client stored (downloads, domainStorage). */
  forgetStored: () => void;
}

/** The controller of a mock bridge, over its parts. */
export function createMockController({
  org,
  user,
  log,
  queue,
  scripts,
  events,
  repeats,
  authCodes,
  changes,
  forgetStored,
}: ControllerParts): MockController {
  let hosts = 0;
  return {
    get calls() {
      return log.calls;
    },
    get pending() {
      return queue.pending;
    },
    org,
    user,
    respond: (api, handler) => scripts.set(api, toScript(handler)),
    fail: (api, failure) =>
      scripts.set(api, () => {
        throw toRawFailure(api, failure);
      }),
    emit(event, ...payload) {
      events.fire(event, payload[0]);
    },
    answerAgain: (api, answer) => repeats.answerAgain(api, answer ?? {}),
    reset() {
      scripts.reset();
      forgetStored();
      authCodes.clear();
      for (const call of queue.pending) call.cancel();
      log.clear();
    },
    subscribe: (listener) => changes.add(listener),
    waitForPending: (api, options) => queue.waitFor(api, options?.signal),
    exchangeAuthCode: (code) => authCodes.exchange(code),
    get hostAttached() {
      return hosts > 0;
    },
    attachHost() {
      hosts += 1;
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        hosts -= 1;
        // Nobody is left to show them: answer what was waiting to be shown.
        if (hosts === 0) {
          for (const call of queue.pending) if (call.kind === 'display') call.respondDefault();
        }
      };
    },
  };
}
