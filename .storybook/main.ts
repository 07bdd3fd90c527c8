import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { sourceAliases } from '../test/support/sourceEntries.ts';

// Without its dist/, Storybook would skip the addon with a warning and every story would fail.
if (!existsSync(fileURLToPath(new URL('../packages/storybook/dist/preset.js', import.meta.url)))) {
  throw new Error('The Storybook addon is not built: run `npm run build` (`npm start` and `npm test` do).');
}

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
