import type { MockController } from '@dingkit/mock';
import { createContext } from 'react';

/** The mock controller of the story being rendered, for its components. */
export const MockControllerContext = createContext<MockController | null>(null);

/** The mock controller of each rendered story, by story id, for play functions. */
export const storyControllers = new Map<string, MockController>();
