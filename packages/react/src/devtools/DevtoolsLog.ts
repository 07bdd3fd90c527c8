import type { CallEvent } from '@dingkit/core';

/**
 * What the provider records for the debug panel from the first step on, before the panel's code
 * has loaded: the `onCall` events, and the one listener the panel sets.
 */
export interface DevtoolsLog {
  readonly events: CallEvent[];
  changed?: (() => void) | undefined;
}
