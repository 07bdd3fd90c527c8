import * as React from 'react';

type Act = (callback: () => Promise<void>) => Promise<void>;

// React 19 (and 18.3) export `act`; 18.2 calls it `unstable_act`; production builds have none.
const reactAct: Act | undefined =
  (React as unknown as { act?: Act }).act ?? (React as unknown as { unstable_act?: Act }).unstable_act;

/**
 * Runs what a person does inside React's `act()`, so that what the app renders in answer is on
 * the screen when the helper returns, in Vitest or Jest, jsdom or a real browser. Flags the act
 * environment for the scope only, as Testing Library and vitest-browser-react do; without `act`
 * (a production build of React, e.g. a built Storybook) it just runs.
 */
export async function actAsPerson(callback: () => Promise<void>): Promise<void> {
  if (typeof reactAct !== 'function') return callback();
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const previous = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await reactAct(callback);
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}

/**
 * Waits for `promise` with the act environment off, as Testing Library's `waitFor` does: what
 * the app renders meanwhile (the handshake settling, the call's latency) is not an act() warning
 * under Jest or Vitest globals, where the environment is on between steps.
 */
export async function waitOutsideAct<T>(promise: () => Promise<T>): Promise<T> {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const previous = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    return await promise();
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}
