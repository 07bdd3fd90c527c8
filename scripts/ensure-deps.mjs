// Installs dependencies when node_modules is missing or was installed from another lockfile,
// so that `npm start` and `npm test` work straight after `git clone`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = `${root}node_modules/.dingkit-lockfile-hash`;

export function ensureDependencies() {
  const lock = readFileSync(`${root}package-lock.json`);
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  console.log('dingkit: installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('dingkit: `npm ci` failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, hash);
}
