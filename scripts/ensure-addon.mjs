// Builds the Storybook addon (packages/storybook) when its dist/ is missing or older than its
// sources. Storybook loads the addon as a team does, through its package.json exports (dist/);
// everything else in this repository's Storybook runs from the packages' sources, so this is the
// one build `npm start` needs (a few seconds, and none when nothing changed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const addon = fileURLToPath(new URL('../packages/storybook/', import.meta.url));
const outputs = ['preset.js', 'manager.js', 'preview.js', 'index.js'].map((file) =>
  join(addon, 'dist', file),
);

/** The newest modification time of the files under `dir`, recursively. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureAddonBuilt() {
  const sources = Math.max(
    newest(join(addon, 'src')),
    ...['package.json', 'tsdown.config.ts'].map((file) => statSync(join(addon, file)).mtimeMs),
  );
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0;
  if (built >= sources) return;
  console.log('dingkit: building the Storybook addon (packages/storybook)…');
  const result = spawnSync('npm', ['run', 'build', '--silent', '--workspace', '@dingkit/storybook'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('dingkit: building the Storybook addon failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}
