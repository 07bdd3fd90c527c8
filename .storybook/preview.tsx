import { surfaceOverflows } from '@dingkit/storybook';
import type { Preview } from '@storybook/react-vite';
import { StrictMode } from 'react';
import { loadCjkMetricsFont } from '../test/support/cjkMetricsFont';
import '@dingkit/react/styles.css';

// The mocked DingTalk, the toolbar and the panel come from '@dingkit/storybook' (main.ts).
const preview: Preview = {
  // The docs are in Chinese first; their English versions sit last, under Docs/English.
  parameters: { options: { storySort: { order: ['Introduction', 'Docs', ['*', 'English']] } } },
  // Later decorators wrap earlier ones, and the addon's come first: StrictMode around the
  // mocked DingTalk around the story.
  decorators: [
    (Story) => (
      <StrictMode>
        <Story />
      </StrictMode>
    ),
  ],
  // The test run (vitest.config.ts) sets the `checkLayout` global: Chinese text then takes its
  // real width, and after its play function no story may overflow its surface's page sideways.
  beforeEach: async ({ globals }) => {
    if (globals.checkLayout) await loadCjkMetricsFont();
  },
  afterEach: ({ globals, canvasElement }) => {
    if (!globals.checkLayout) return;
    const found = surfaceOverflows(canvasElement);
    if (found.length > 0) throw new Error(`The story overflows its surface:\n${found.join('\n')}`);
  },
};

export default preview;
