// Installs dependencies when node_modules is missing or was installed from another lockfile,
// so that `npm start` and `npm test` work straight after `git clone`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The workspace, and the small React 18 project the hook tests also run against.
const projects = ['', 'test/react18/'];

export function ensureDependencies() {
  for (const dir of projects) {
    const lockfile = `${root}${dir}package-lock.json`;
    if (!existsSync(lockfile)) continue;
    const marker = `${root}${dir}node_modules/.dingkit-lockfile-hash`;
    const hash = createHash('sha256').update(readFileSync(lockfile)).digest('hex');
    if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) continue;
    console.log(`dingkit: installing dependencies in ./${dir} (npm ci)…`);
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: `${root}${dir}`,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      console.error('dingkit: `npm ci` failed; see the output above.');
      process.exit(result.status ?? 1);
    }
    writeFileSync(marker, hash);
  }
}
