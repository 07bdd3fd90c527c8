import type { Preview } from '@storybook/react-vite';
import { StrictMode } from 'react';
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
};

export default preview;
