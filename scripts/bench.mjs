// `npm run bench`: bundle sizes, handshake round trips, render counts, per-call overhead and the
// server's throughput and DingTalk calls under failure, measured in one run, printed as one table
// and written to test/bench/output/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, hasChromium } from './browser.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = `${root}test/bench/output`;
ensureDependencies();
if (!hasChromium()) {
  console.error(
    `dingkit: Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/bench/vitest.bench.config.ts', '--reporter=dot'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const rows = ['sizes', 'interaction', 'server'].flatMap((name) =>
  JSON.parse(readFileSync(`${output}/${name}.json`, 'utf8')),
);
writeFileSync(
  `${output}/bench.json`,
  JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2),
);

const width = Math.max(...rows.map((row) => row.measure.length));
let group = '';
for (const row of rows) {
  if (row.group !== group) {
    group = row.group;
    console.log(`\n${group}`);
  }
  const value = `${row.value} ${row.unit}`.padStart(12);
  console.log(`  ${row.measure.padEnd(width)} ${value}${row.note ? `   (${row.note})` : ''}`);
}
console.log(`\nWritten to test/bench/output/bench.json`);
