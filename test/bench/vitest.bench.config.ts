import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { sourceAliases } from '../support/sourceEntries.ts';

// `npm run bench`: measurements, not tests. Nothing here runs in `npm test`; the budgets that are
// deterministic are asserted there (test/node/size-budget.test.ts and the render-count tests).
const resolve = { alias: sourceAliases };

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'bench-sizes',
          environment: 'node',
          include: ['test/bench/sizes.bench.ts'],
          // The packed packages installed into an app outside the workspace.
          globalSetup: ['test/consumer/globalSetup.ts'],
          hookTimeout: 180_000,
        },
      },
      {
        // Node-side code only (the server signs with @dingkit/core); the apps are built by
        // `vite build` in processes of their own, from the packages' dist/.
        resolve,
        test: {
          name: 'bench-time-to-answer',
          environment: 'node',
          include: ['test/bench/time-to-answer/timeToAnswer.bench.ts'],
        },
      },
      {
        resolve,
        test: { name: 'bench-server', environment: 'node', include: ['test/bench/server.bench.ts'] },
      },
      {
        plugins: [react()],
        resolve,
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            'dingtalk-jsapi/lib/ddSdk.js',
            'dingtalk-jsapi/platform/pc.js',
            'dingtalk-jsapi/entry/union.js',
            'dingtalk-jsapi/api/device/notification/confirm.js',
          ],
        },
        test: {
          name: 'bench-browser',
          include: ['test/bench/interaction.bench.tsx'],
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
