import type { Preview } from '@storybook/react-vite';
import { StrictMode } from 'react';
import { surfaceOverflows } from '../stories/support/SurfaceFrame';
import { loadCjkMetricsFont } from '../test/support/cjkMetricsFont';
import { dingtalkGlobalTypes, dingtalkInitialGlobals, withDingTalk } from './dingtalk';
import '@dingkit/react/styles.css';

const preview: Preview = {
  // Later decorators wrap earlier ones: StrictMode around the mocked DingTalk around the story.
  decorators: [
    withDingTalk,
    (Story) => (
      <StrictMode>
        <Story />
      </StrictMode>
    ),
  ],
  globalTypes: dingtalkGlobalTypes,
  initialGlobals: dingtalkInitialGlobals,
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
