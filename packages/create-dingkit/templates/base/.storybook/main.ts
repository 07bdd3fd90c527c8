import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  // Every story inside a mocked DingTalk: surfaces, platforms, dialogs, and the DingTalk panel.
  addons: ['@dingkit/storybook'],
  core: { disableTelemetry: true },
};

export default config;
