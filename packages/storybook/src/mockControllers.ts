import type { MockController } from '@dingkit/mock';
import { type Context, createContext } from 'react';

/** The mock controllers of the rendered stories. */
export interface MockControllers {
  /** The controller of the story being rendered, for its components. */
  context: Context<MockController | null>;
  /** The controller of each rendered story, by story id, for play functions. */
  byStory: Map<string, MockController>;
}

// Storybook loads the decorator by file path (from the preset) and stories import this package by
// name, so a dev server can hold two copies of this module (one of them pre-bundled by Vite). The
// page keeps one set of controllers, shared by both.
const key = Symbol.for('@dingkit/storybook/mockControllers');
const page = globalThis as { [key]?: MockControllers };

page[key] ??= { context: createContext<MockController | null>(null), byStory: new Map() };

/** The page's mock controllers. */
export const mockControllers: MockControllers = page[key];
