// .storybook/main.ts — every story inside a mocked DingTalk, with its toolbar and panel.
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@dingkit/storybook', '@storybook/addon-vitest'],
};

export default config;
