// `npm run bench`: bundle sizes, handshake round trips, render counts, per-call overhead and the
// server's throughput and DingTalk calls under failure, measured in one run, printed as one table and written to test/bench/output/bench.json; then the
// time to the first answered call against plain dingtalk-jsapi apps, printed and written to
// test/bench/output/time-to-answer.md (and .json).
//
// `npm run bench -- time-to-answer` (or `tta`, `sizes`, `interaction`, `server`) runs only those sections.
// TTA_RUNS=3 makes the time-to-answer section quick; TTA_PLATFORMS=pc leaves out iOS and Android;
// TTA_TRACE=ap-slow also writes a Chrome trace of one load (test/bench/output/time-to-answer/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, hasChromium } from './browser.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = `${root}test/bench/output`;

/** Each section: its Vitest project in test/bench/vitest.bench.config.ts and what it writes. */
const sections = {
  sizes: { project: 'bench-sizes', outputs: ['sizes.json', 'bench.json'] },
  interaction: { project: 'bench-browser', outputs: ['interaction.json', 'bench.json'] },
  server: { project: 'bench-server', outputs: ['server.json', 'bench.json'] },
  'time-to-answer': {
    project: 'bench-time-to-answer',
    outputs: ['time-to-answer.md', 'time-to-answer.json', 'time-to-answer'],
  },
};
const aliases = { tta: 'time-to-answer' };

const asked = process.argv.slice(2).map((name) => aliases[name] ?? name);
const unknown = asked.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(
    `dingkit: no bench section ${unknown.join(', ')}; the sections are ${Object.keys(sections).join(', ')}.`,
  );
  process.exit(1);
}
const selected =
  asked.length > 0 ? Object.keys(sections).filter((name) => asked.includes(name)) : Object.keys(sections);

ensureDependencies();
if (!hasChromium()) {
  console.error(
    `dingkit: Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
mkdirSync(output, { recursive: true });
for (const name of selected) {
  for (const file of sections[name].outputs) rmSync(`${output}/${file}`, { recursive: true, force: true });
}

if (selected.includes('sizes') || selected.includes('time-to-answer')) {
  // Sizes and the time-to-answer apps use dingkit as an app installs it: the packages' dist/.
  console.log('dingkit: building the packages (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(build.status ?? 1);
  }
}

/** Runs the sections' Vitest projects in one Vitest run. */
function runVitest(names) {
  if (names.length === 0) return;
  const projects = names.flatMap((name) => ['--project', sections[name].project]);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'test/bench/vitest.bench.config.ts', '--reporter=dot', ...projects],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
// Time-to-answer on its own, after the others: Vitest runs projects side by side, and its
// timings must not share the CPU with them.
runVitest(selected.filter((name) => name !== 'time-to-answer'));
runVitest(selected.filter((name) => name === 'time-to-answer'));

const rows = ['sizes', 'interaction', 'server']
  .filter((name) => selected.includes(name))
  .flatMap((name) => JSON.parse(readFileSync(`${output}/${name}.json`, 'utf8')));
if (rows.length > 0) {
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
}

const timeToAnswer = `${output}/time-to-answer.md`;
if (selected.includes('time-to-answer') && existsSync(timeToAnswer)) {
  console.log(`\n${readFileSync(timeToAnswer, 'utf8')}`);
  console.log('Written to test/bench/output/time-to-answer.md and .json');
}
