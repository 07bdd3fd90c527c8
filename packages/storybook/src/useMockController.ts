import type { MockController } from '@dingkit/mock';
import { useContext } from 'react';
import { MockControllerContext } from './mockControllers';

/**
 * The mock controller of the story being rendered: to fake a backend (`exchangeAuthCode`), to
 * answer or fail calls from a component, or to read the call log.
 */
export function useMockController(): MockController {
  const controller = useContext(MockControllerContext);
  if (!controller) {
    throw new Error(
      'useMockController() works inside a story wrapped by @dingkit/storybook: add it to `addons` in .storybook/main.ts, and leave `parameters.dingtalk.disable` off.',
    );
  }
  return controller;
}
