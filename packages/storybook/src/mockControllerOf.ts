import type { MockController } from '@dingkit/mock';
import { storyControllers } from './mockControllers';

/**
 * The mock controller of a rendered story, by its id: for play functions
 * (`mockControllerOf(context.id).calls`).
 */
export function mockControllerOf(storyId: string): MockController {
  const controller = storyControllers.get(storyId);
  if (!controller) {
    throw new Error(
      `No mocked DingTalk is rendered for story ${storyId}: call mockControllerOf() from its play function, and leave \`parameters.dingtalk.disable\` off.`,
    );
  }
  return controller;
}
