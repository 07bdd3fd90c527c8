import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';
import { sourceAliases } from './test/support/sourceEntries.ts';

// Our packages resolve to their sources (see test/support/sourceEntries.ts).
const resolve = { alias: sourceAliases };

// The adapter imports these dingtalk-jsapi files lazily; listing them up front keeps Vite from
// re-optimising mid-run (which breaks chunks already loaded by the page).
const optimizeDeps = {
  include: [
    'dingtalk-jsapi',
    'dingtalk-jsapi/lib/ddSdk.js',
    'dingtalk-jsapi/lib/env.js',
    'dingtalk-jsapi/platform/pc.js',
    'dingtalk-jsapi/platform/ios.js',
    'dingtalk-jsapi/platform/android.js',
    'dingtalk-jsapi/platform/harmony.js',
    'dingtalk-jsapi/entry/union.js',
  ],
};

const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const, name }],
  screenshotFailures: false,
});

// The hook tests also run against React 18, installed in test/react18 (see its package.json).
const react18 = (path: string) =>
  fileURLToPath(new URL(`./test/react18/node_modules/${path}`, import.meta.url));

// DINGKIT_BROWSER=0 is set by scripts/test.mjs when no Chromium is installed (never under CI).
const withBrowser = process.env.DINGKIT_BROWSER !== '0';

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/{core,server,storybook,create-dingkit}/src/**/*.test.ts',
            'test/node/**/*.test.ts',
          ],
          setupFiles: ['test/support/fail-on-warnings.ts'],
          typecheck: { enabled: true, include: ['packages/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          // The packed packages installed into an app outside the workspace (after `npm run build`).
          name: 'consumer',
          environment: 'node',
          include: ['test/consumer/**/*.test.ts'],
          globalSetup: ['test/consumer/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Apps made by the packed create-dingkit outside the workspace (after `npm run build`),
          // installed from the packed packages: their npm test, Storybook build, dev and API servers.
          name: 'create-dingkit',
          environment: 'node',
          include: ['test/create-dingkit/**/*.test.ts'],
          globalSetup: ['test/create-dingkit/globalSetup.ts'],
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
      {
        plugins: [react()],
        resolve,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'packages/{react,mock}/src/**/*.test.{ts,tsx}',
            'packages/storybook/src/**/*.test.tsx',
            'test/container/**/*.test.{ts,tsx}',
            // The docs' example app: what the recipes show is code that is tested.
            'stories/docs/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['test/support/fail-on-warnings.ts', 'test/support/dom.ts'],
          // A bound, not a speed check: on a small machine jsdom shares the cores with Chromium
          // and the bundler-based size checks, and a first render can take seconds.
          testTimeout: 15_000,
        },
      },
      {
        plugins: [react()],
        resolve: {
          ...resolve,
          alias: [
            { find: /^@testing-library\/react$/, replacement: react18('@testing-library/react') },
            // One copy of the DOM library for testing-library/react and user-event, so that
            // user-event's events are wrapped in React 18's act().
            {
              find: /^@testing-library\/dom$/,
              replacement: fileURLToPath(new URL('./node_modules/@testing-library/dom', import.meta.url)),
            },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
          ],
        },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: [
            'packages/react/src/*.test.{ts,tsx}',
            'packages/react/src/hooks/**/*.test.{ts,tsx}',
            'packages/react/src/layout/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['test/support/fail-on-warnings.ts', 'test/support/dom.ts'],
          testTimeout: 15_000,
          env: { DINGKIT_REACT_MAJOR: '18' },
          server: { deps: { inline: [/@testing-library\/react/] } },
        },
      },
      ...(withBrowser
        ? [
            {
              test: {
                // A team's Storybook with the packed addon, outside the workspace (after `npm run build`):
                // type-check, its stories as Chromium tests, `storybook build`, and the panel in Chromium.
                name: 'storybook-addon',
                environment: 'node',
                include: ['test/storybook-addon/**/*.test.ts'],
                globalSetup: ['test/storybook-addon/globalSetup.ts'],
                testTimeout: 240_000,
                hookTimeout: 240_000,
              },
            },
            {
              plugins: [react()],
              resolve,
              optimizeDeps,
              test: {
                name: 'browser',
                include: ['packages/**/src/**/*.browser.test.{ts,tsx}', 'test/browser/**/*.test.{ts,tsx}'],
                setupFiles: ['test/support/fail-on-warnings.ts', 'test/support/resource-timing.ts'],
                browser: browser('chromium'),
                // Waits end early when met; CI runs four projects on two cores, so allow slow frames.
                expect: { poll: { timeout: 10_000 } },
              },
            },
            {
              plugins: [
                storybookTest({
                  configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
                  // Every story runs in the narrowest window, the 360px pane (unless it picks
                  // its own surface), and is checked not to overflow it (see .storybook/preview).
                  initialGlobals: { surface: 'pane', checkLayout: true },
                }),
              ],
              resolve,
              optimizeDeps,
              test: {
                name: 'storybook',
                setupFiles: ['test/support/fail-on-warnings.ts'],
                browser: browser('stories'),
                expect: { poll: { timeout: 10_000 } },
              },
            },
          ]
        : []),
    ],
  },
});
