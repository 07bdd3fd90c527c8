// `npm test`: typecheck, lint, build, unit tests and real-browser tests, in that order.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath, hasChromium } from './browser.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureDependencies();

const env = { ...process.env };
if (!hasChromium()) {
  const line = `Chromium not found at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH.`;
  if (process.env.CI) {
    console.error(`dingkit: ${line} Browser tests cannot be skipped under CI.`);
    process.exit(1);
  }
  console.warn(`dingkit: ${line} Skipping the browser and Storybook tests.`);
  env.DINGKIT_BROWSER = '0';
}

const steps = [
  ['typecheck', ['npx', 'tsc', '-p', 'tsconfig.json']],
  ['lint', ['npx', 'biome', 'check', '.']],
  ['build', ['npm', 'run', 'build', '--silent']],
  ['test', ['npx', 'vitest', 'run', ...process.argv.slice(2)]],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
