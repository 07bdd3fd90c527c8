import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { sourceAliases } from '../test/support/sourceEntries.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-vitest',
    // The mocked DingTalk around every story, its toolbar menus and the "DingTalk" panel: the
    // published addon, run from packages/storybook/dist (`npm start` builds it when stale).
    '@dingkit/storybook',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The stories and the addon's preview run our packages' sources (see test/support/sourceEntries.ts).
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { resolve: { alias: sourceAliases } }),
};

export default config;
